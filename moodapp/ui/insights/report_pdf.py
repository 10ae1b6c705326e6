"""The report to share as a PDF: laid out as rich text, with the charts as pictures.

Qt's own PDF writer is used, so a report needs nothing beyond Qt. Pages are
drawn one by one, which gives every page a footer with the period and "Page 1
of 3", so that loose printed pages still say where they belong. A report is
printed on paper: its text and its charts use a print palette of their own (dark
ink on white), whatever the window's theme.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from moodapp.domain import report as words
from moodapp.domain.charts import (
    MIN_SPLIT_EPISODES,
    ChartData,
    ChartKind,
    CryingOverTime,
    EmotionsBehindTears,
    ReliefContext,
    ReliefSplit,
)
from moodapp.domain.report import ReportContent, chart_has_data
from moodapp.exchange.batch import Progress, no_progress
from moodapp.files import atomic_file
from moodapp.ui.charts.chart_text import chart_title, context_name, group_name
from moodapp.ui.charts.plots.chart_widget import chart_image
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.common import date_text
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.day_text import long_date, mean_text
from moodapp.ui.insights.paper import PageSize
from moodapp.ui.look import tokens

DPI = 300
FOOTER_PT = 8
CSS_DPI = 96  # the rich text's pixel: image sizes in the HTML are in these
CHART_SCALE = 2  # chart pictures have twice the pixels of their printed size (192 dpi)
ROW_ASPECT = 0.045  # height over width that one bar row of charts 2 and 3 takes
MIN_ROWS = 4  # the relief chart draws at least this many rows, whatever it holds
PAPER = tokens.LIGHT.raised  # printed: always the light theme's colours
INK = tokens.LIGHT.text
FAINT = tokens.LIGHT.quiet_text

STYLE = """
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 22px; margin-bottom: 8px; }
h2.new-page { page-break-before: always; margin-top: 0; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 2px; }
p { margin-top: 0; margin-bottom: 8px; }
td, th { padding: 3px 10px 3px 0; }
th { text-align: left; border-bottom: 1px solid #9aa0a6; }
.period { font-size: 13pt; margin-bottom: 2px; }
.faint { color: #5f6368; }
.caption { color: #5f6368; font-size: 9pt; margin-bottom: 20px; }
.number { text-align: right; }
.context { font-weight: bold; padding-top: 8px; }
"""


def print_palette() -> QPalette:
    """Dark ink on white paper: a report never takes the window's (perhaps dark) colours."""
    palette = QPalette(QColor(PAPER))
    role = QPalette.ColorRole
    for kind in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(kind, QColor(INK))
    for kind in (role.Base, role.Window):
        palette.setColor(kind, QColor(PAPER))
    palette.setColor(role.PlaceholderText, QColor(FAINT))
    return palette


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _say(template: str, **values: object) -> str:
    return _tr(template).format(**values)


def _text(text: str) -> str:
    """Escaped for the rich text, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def _day(day: date) -> str:
    return date_text.written(day, date_text.DAY_MONTH_YEAR)


def _period(content: ReportContent) -> str:
    return _say(words.PERIOD, start=_day(content.span.start), end=_day(content.span.end))


def write_report(
    content: ReportContent,
    path: Path,
    page: PageSize = PageSize.A4,
    progress: Progress = no_progress,
) -> None:
    """Write the report to ``path``. ``progress`` may raise Cancelled between steps; then, as
    on any failure, no file is left behind (an existing file at ``path`` stays as it was).
    Needs a QApplication: ``moodapp.ui.shell.app.application()`` makes one for the command line."""
    layout = page.layout()
    width = round(layout.paintRect(QPageLayout.Unit.Inch).width() * CSS_DPI)
    images = _chart_images(content, width, progress)
    with atomic_file(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(DPI)
        writer.setPageLayout(layout)
        writer.setTitle(f"{_tr(words.TITLE)}, {_period(content)}")
        writer.setCreator("moodapp")
        progress("layout", 0, 1)
        document = _document(content, images, width, writer)
        _print(document, writer, _period(content), progress)
        del document, writer  # the writer closes the file
        _check_complete(partial)


def _check_complete(pdf: Path) -> None:
    """QPdfWriter does not report a failed write (a full disk): look at what it left."""
    with pdf.open("rb") as written:
        written.seek(max(0, pdf.stat().st_size - 32))
        if b"%%EOF" not in written.read():
            raise OSError(f"{pdf.name}: the report could not be written completely")


def _chart_images(
    content: ReportContent, width: int, progress: Progress
) -> dict[ChartKind, QImage]:
    """The charts that have something to show, each ``width`` rich-text pixels wide."""
    look = ChartLook.of(
        content.emotions,
        content.triggers,
        palette=print_palette(),
        first_weekday=content.first_weekday,
    )
    drawn = [
        kind
        for kind, data in content.charts.items()
        if content.has_entries and chart_has_data(data)
    ]
    images = {}
    for done, kind in enumerate(drawn):
        progress("charts", done, len(drawn))
        data = content.charts[kind]
        images[kind] = chart_image(data, look, width, _chart_height(data, width), CHART_SCALE)
    progress("charts", len(drawn), len(drawn))
    return images


def _chart_height(data: ChartData, width: int) -> int:
    """Tall enough for the chart's rows to stay legible at ``width``."""
    if isinstance(data, EmotionsBehindTears):
        return round(width * (0.25 + ROW_ASPECT * max(len(data.shares), MIN_ROWS)))
    if isinstance(data, ReliefSplit):
        return round(width * (0.3 + ROW_ASPECT * max(len(data.shown), MIN_ROWS)))
    return round(width * (0.62 if isinstance(data, CryingOverTime) else 0.66))


def _document(
    content: ReportContent, images: dict[ChartKind, QImage], width: int, writer: QPdfWriter
) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    for kind, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(kind.value), image)
    document.setHtml(_html(content, images, width))
    return document


def _html(content: ReportContent, images: dict[ChartKind, QImage], width: int) -> str:
    parts = [
        f"<h1>{_text(_tr(words.TITLE))}</h1>",
        f'<p class="period">{_text(_period(content))}</p>',
        f'<p class="faint">{_text(_say(words.MADE_ON, date=_day(content.made_on)))}</p>',
        f"<p>{_text(_tr(words.INTRO))}</p>",
    ]
    if content.has_entries:
        parts += [_counts(content), _charts(content, images, width), _relief(content)]
    else:
        parts.append(f"<h2>{_text(_tr(words.NO_ENTRIES))}</h2>")
    if content.include_notes:
        parts.append(_notes(content))
    return "\n".join(parts)


def _counts(content: ReportContent) -> str:
    counts = content.counts
    mood = (
        _say(words.MOOD_SCALE, mood=mean_text(counts.mean_mood))
        if counts.mean_mood is not None
        else _tr(words.NO_CHECK_INS)
    )
    rows = [
        (words.DAYS, str(counts.days)),
        (words.DAYS_WITH_ENTRIES, str(counts.days_with_entries)),
        (words.CRIED, str(counts.cried)),
        (words.ALMOST_CRIED, str(counts.almost_cried)),
        (words.DAYS_WITH_CRYING, str(counts.days_with_crying)),
        (words.CHECK_INS, str(counts.check_ins)),
        (words.DAYS_WITHOUT_CRYING, str(counts.days_without_crying)),
        (words.MEAN_MOOD, mood),
    ]
    body = "".join(
        f"<tr><td>{_text(_tr(label))}</td><td>{_text(value)}</td></tr>" for label, value in rows
    )
    return f'<h2>{_text(_tr(words.COUNTS))}</h2><table cellspacing="0">{body}</table>'


def _charts(content: ReportContent, images: dict[ChartKind, QImage], width: int) -> str:
    parts = [f"<h2>{_text(_tr(words.CHARTS))}</h2>"]
    for kind in content.charts:
        note = _text(_tr(words.CHART_NOTES[kind]))
        if kind in images:
            height = _chart_height(content.charts[kind], width)
            parts.append(f'<p><img src="{kind.value}" width="{width}" height="{height}"></p>')
            parts.append(f'<p class="caption">{note}</p>')
        else:
            empty = _say(words.CHART_EMPTY[kind], minimum=MIN_SPLIT_EPISODES)
            parts.append(f"<h3>{_text(chart_title(kind))}</h3>")
            parts.append(f'<p class="caption">{note} {_text(empty)}</p>')
    return "\n".join(parts)


def _relief(content: ReportContent) -> str:
    """A table starts a page, so that it is seldom cut and its first row is never left alone."""
    heading = ' class="new-page"' if content.has_relief else ""
    parts = [
        f"<h2{heading}>{_text(_tr(words.RELIEF))}</h2>",
        f"<p>{_text(_tr(words.RELIEF_CONTEXT))} {_text(_tr(words.RELIEF_NOT_WHY))}</p>",
    ]
    if not content.has_relief:
        parts.append(f"<p>{_text(_tr(words.RELIEF_NONE))}</p>")
        return "\n".join(parts)
    notes = [_say(words.RELIEF_MINIMUM, minimum=MIN_SPLIT_EPISODES)]
    if content.without_mood_after:
        notes.append(_say(words.RELIEF_LEFT_OUT, count=content.without_mood_after))
    parts.append(f'<p class="faint">{_text(" ".join(notes))}</p>')
    numbers = (words.RELIEF_EPISODES, words.RELIEF_BETTER, words.RELIEF_SAME, words.RELIEF_WORSE)
    header = f"<th>{_text(_tr(words.RELIEF_GROUP))}</th>" + "".join(
        f'<th class="number">{_text(_tr(label))}</th>' for label in numbers
    )
    labels = {t.key: catalogue_label(t) for t in content.triggers}
    rows = "".join(
        _relief_rows(context, split, labels) for context, split in content.relief.items()
    )
    parts.append(
        f'<table width="100%" cellspacing="0"><thead><tr>{header}</tr></thead>{rows}</table>'
    )
    return "\n".join(parts)


def _relief_rows(context: ReliefContext, split: ReliefSplit, trigger_labels: dict[str, str]) -> str:
    rows = [f'<tr><td class="context" colspan="5">{_text(context_name(context))}</td></tr>']
    for group in split.shown:
        shares = "".join(
            f'<td class="number">'
            f"{_text(_say(words.RELIEF_SHARE, count=n, percent=round(100 * n / group.episodes)))}"
            "</td>"
            for n in (group.better, group.same, group.worse)
        )
        name = _text(group_name(context, group.group, trigger_labels))
        rows.append(f'<tr><td>{name}</td><td class="number">{group.episodes}</td>{shares}</tr>')
    for group in split.hidden:
        name = _text(group_name(context, group.group, trigger_labels))
        rows.append(
            f'<tr><td>{name}</td><td class="number">{group.episodes}</td>'
            f'<td colspan="3" class="faint">{_text(_tr(words.RELIEF_TOO_FEW))}</td></tr>'
        )
    if not split.shown and not split.hidden:
        rows.append(
            f'<tr><td colspan="5" class="faint">{_text(_tr(words.RELIEF_NOTHING))}</td></tr>'
        )
    return "".join(rows)


def _notes(content: ReportContent) -> str:
    """On a page of their own after the rest, so that they are easy to leave out of a copy."""
    heading = ' class="new-page"' if content.has_entries else ""
    parts = [f"<h2{heading}>{_text(_tr(words.NOTES))}</h2>"]
    for note in content.notes:
        week = _say(words.NOTE_WEEK, date=long_date(note.week_end))
        parts.append(f"<h3>{_text(week)}</h3><p>{_text(note.text)}</p>")
    if not content.notes:
        parts.append(f"<p>{_text(_tr(words.NO_NOTES))}</p>")
    return "\n".join(parts)


def _print(document: QTextDocument, writer: QPdfWriter, period: str, progress: Progress) -> None:
    """Each page: its slice of the document, then the footer under it."""
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_font = QFont()
    footer_font.setPointSizeF(FOOTER_PT)
    footer = round(FOOTER_PT * 2.5 * writer.resolution() / 72)
    document.setPageSize(QSizeF(area.width(), area.height() - footer))
    pages = document.pageCount()
    body = QRectF(0, 0, area.width(), area.height() - footer)
    # drawContents() would paint with the application's palette: light text in a dark theme.
    paint = QAbstractTextDocumentLayout.PaintContext()
    paint.palette = print_palette()
    painter = QPainter(writer)
    painter.setFont(footer_font)
    painter.setPen(QColor(FAINT))
    try:
        for number in range(pages):
            progress("pages", number, pages)
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            paint.clip = body.translated(0, number * body.height())
            painter.setClipRect(paint.clip)
            document.documentLayout().draw(painter, paint)
            painter.restore()
            line = QRectF(0, area.height() - footer, area.width(), footer)
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(line, bottom | Qt.AlignmentFlag.AlignLeft, period)
            painter.drawText(
                line,
                bottom | Qt.AlignmentFlag.AlignRight,
                _say(words.PAGE, page=number + 1, pages=pages),
            )
        progress("pages", pages, pages)
    finally:
        painter.end()
