<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/app.py" line="105"/>
        <source>moodapp cannot start</source>
        <translation>moodapp kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="114"/>
        <source>moodapp is open already</source>
        <translation>moodapp ist schon geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="115"/>
        <source>moodapp is open on this journal already, or was just closed. Please try again in a moment.</source>
        <translation>moodapp ist mit diesem Tagebuch schon geöffnet oder wurde gerade geschlossen. Bitte versuche es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../services/backups.py" line="31"/>
        <source>A copy of {name} in the journal&apos;s place could not be written</source>
        <translation>Eine Kopie von {name} an der Stelle des Tagebuchs konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../services/backups.py" line="56"/>
        <source>This backup is encrypted, unlike the journal; it cannot replace it.</source>
        <translation>Diese Sicherung ist verschlüsselt, anders als das Tagebuch; sie kann es nicht ersetzen.</translation>
    </message>
    <message>
        <location filename="../../services/backups.py" line="59"/>
        <source>This backup is not encrypted, unlike the journal; it cannot replace it.</source>
        <translation>Diese Sicherung ist nicht verschlüsselt, anders als das Tagebuch; sie kann es nicht ersetzen.</translation>
    </message>
    <message>
        <location filename="../../services/backups.py" line="62"/>
        <source>This backup {problem}.</source>
        <translation>Diese Sicherung {problem}.</translation>
    </message>
    <message>
        <location filename="../../services/backups.py" line="63"/>
        <source>This backup is damaged: SQLite&apos;s check finds problems in it.</source>
        <translation>Diese Sicherung ist beschädigt: Die Prüfung von SQLite findet Fehler darin.</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="39"/>
        <source>cannot be opened with the journal&apos;s passphrase</source>
        <translation>lässt sich nicht mit der Passphrase des Tagebuchs öffnen</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="40"/>
        <source>cannot be read ({error})</source>
        <translation>lässt sich nicht lesen ({error})</translation>
    </message>
    <message>
        <location filename="../../store/snapshot.py" line="19"/>
        <source>The backup could not be written</source>
        <translation>Die Sicherung konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CalendarBar</name>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="39"/>
        <location filename="../../ui/calendar/calendar_bar.py" line="87"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="41"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="42"/>
        <location filename="../../ui/calendar/calendar_bar.py" line="87"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="45"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="45"/>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="46"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="46"/>
        <source>Year view</source>
        <translation>Jahresansicht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="52"/>
        <source>Go to date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="56"/>
        <source>Which tears to mark</source>
        <translation>Welche Tränen markiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="71"/>
        <source>Go to:</source>
        <translation>Gehe zu:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="72"/>
        <source>Mark tears:</source>
        <translation>Tränen markieren:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="89"/>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="89"/>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="56"/>
        <location filename="../../ui/calendar/calendar_bar.py" line="107"/>
        <source>All crying</source>
        <translation>Alle Tränen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="110"/>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_bar.py" line="117"/>
        <source>Set off by: %1</source>
        <translation>Ausgelöst durch: %1</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="39"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="42"/>
        <source>The number at the top of a day is its mean mood, from -3 (unpleasant) to +3 (pleasant). A number beside a drop counts the times.</source>
        <translation>Die Zahl oben in einem Tag ist die durchschnittliche Stimmung, von -3 (unangenehm) bis +3 (angenehm). Eine Zahl neben einem Tropfen zählt, wie oft.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="62"/>
        <source>Mood: unpleasant</source>
        <translation>Stimmung: unangenehm</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="65"/>
        <source>pleasant</source>
        <translation>angenehm</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="68"/>
        <source>no check-in</source>
        <translation>kein Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="72"/>
        <source>cried</source>
        <translation>geweint</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="75"/>
        <source>almost cried</source>
        <translation>fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_legend.py" line="78"/>
        <source>checked in, no crying</source>
        <translation>Check-in, kein Weinen</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="44"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_view.py" line="45"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue/catalogue_dialog.py" line="20"/>
        <source>Emotions and triggers</source>
        <translation>Gefühle und Auslöser</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_dialog.py" line="24"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../ui/catalogue/item_look.py" line="15"/>
        <source>pleasant</source>
        <translation>angenehm</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/item_look.py" line="16"/>
        <source>unpleasant</source>
        <translation>unangenehm</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/item_look.py" line="17"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/item_look.py" line="18"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="38"/>
        <source>These are the emotions and triggers you choose from in your entries. A new name shows in past entries too. Archiving hides one from the lists you choose from; entries that already have it keep it, and Restore brings it back. Each change is saved as soon as you make it.</source>
        <translation>Aus diesen Gefühlen und Auslösern wählst du in deinen Einträgen. Ein neuer Name erscheint auch in früheren Einträgen. Archivieren blendet ein Gefühl oder einen Auslöser in den Auswahllisten aus; Einträge, die es schon haben, behalten es, und „Wiederherstellen“ holt es zurück. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="76"/>
        <source>Archiving hides it from the lists you choose from and keeps it in past entries.</source>
        <translation>Archivieren blendet es in den Auswahllisten aus und behält es in früheren Einträgen.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="60"/>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="61"/>
        <source>Add an emotion</source>
        <translation>Ein Gefühl hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="62"/>
        <source>Rename the emotion</source>
        <translation>Das Gefühl umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="63"/>
        <source>Change the emotion&apos;s colour</source>
        <translation>Die Farbe des Gefühls ändern</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="64"/>
        <source>Move the emotion up</source>
        <translation>Das Gefühl nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="65"/>
        <source>Move the emotion down</source>
        <translation>Das Gefühl nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="66"/>
        <source>Archive the emotion</source>
        <translation>Das Gefühl archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="67"/>
        <source>Restore the emotion</source>
        <translation>Das Gefühl wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="68"/>
        <source>New emotion</source>
        <translation>Neues Gefühl</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="69"/>
        <source>Rename emotion</source>
        <translation>Gefühl umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="71"/>
        <source>New name for the emotion “%1”:</source>
        <translation>Neuer Name für das Gefühl „%1“:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="60"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="61"/>
        <source>Add a trigger</source>
        <translation>Einen Auslöser hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="62"/>
        <source>Rename the trigger</source>
        <translation>Den Auslöser umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="64"/>
        <source>Move the trigger up</source>
        <translation>Den Auslöser nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="65"/>
        <source>Move the trigger down</source>
        <translation>Den Auslöser nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="66"/>
        <source>Archive the trigger</source>
        <translation>Den Auslöser archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="67"/>
        <source>Restore the trigger</source>
        <translation>Den Auslöser wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="68"/>
        <source>New trigger</source>
        <translation>Neuer Auslöser</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="69"/>
        <source>Rename trigger</source>
        <translation>Auslöser umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_editor.py" line="72"/>
        <source>New name for the trigger “%1”:</source>
        <translation>Neuer Name für den Auslöser „%1“:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_actions.py" line="100"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_actions.py" line="113"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_problems.py" line="67"/>
        <source>That colour could not be used. Please choose another.</source>
        <translation>Diese Farbe lässt sich nicht verwenden. Bitte wähle eine andere.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_problems.py" line="25"/>
        <source>A name needs at least one letter or digit.</source>
        <translation>Ein Name braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_problems.py" line="31"/>
        <source>A name can be at most %1 characters long.</source>
        <translation>Ein Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_problems.py" line="44"/>
        <source>“%1” is already in the list, archived. Choose it and press Restore to use it again.</source>
        <translation>„%1“ ist schon in der Liste, archiviert. Wähle es aus und drücke „Wiederherstellen“, um es wieder zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_problems.py" line="50"/>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist schon in der Liste.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../domain/charts.py" line="25"/>
        <source>Crying and emotions over time</source>
        <translation>Weinen und Gefühle im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../domain/charts.py" line="26"/>
        <source>Emotions behind the tears</source>
        <translation>Gefühle hinter den Tränen</translation>
    </message>
    <message>
        <location filename="../../domain/charts.py" line="27"/>
        <source>How you felt right after crying</source>
        <translation>Wie du dich direkt nach dem Weinen gefühlt hast</translation>
    </message>
    <message>
        <location filename="../../domain/charts.py" line="28"/>
        <source>When crying happened</source>
        <translation>Wann du geweint hast</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="53"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="56"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="59"/>
        <source>Dates of my choice</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="64"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="65"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="70"/>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="74"/>
        <source>Emotions to draw</source>
        <translation>Gezeigte Gefühle</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="74"/>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="76"/>
        <source>Mood strip</source>
        <translation>Stimmungsstreifen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="76"/>
        <source>Show mood</source>
        <translation>Stimmung zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="79"/>
        <source>Split by</source>
        <translation>Aufteilen nach</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="86"/>
        <source>Export chart...</source>
        <translation>Diagramm exportieren...</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="86"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="88"/>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="98"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="188"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="189"/>
        <source>Emotions (%1)</source>
        <translation>Gefühle (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="190"/>
        <source>Drawn: %1</source>
        <translation>Gezeigt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="31"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="32"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="33"/>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="34"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="38"/>
        <source>Bars: automatic</source>
        <translation>Balken: automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="39"/>
        <source>Bars: days</source>
        <translation>Balken: Tage</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="40"/>
        <source>Bars: weeks</source>
        <translation>Balken: Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_controls.py" line="41"/>
        <source>Bars: months</source>
        <translation>Balken: Monate</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="91"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="93"/>
        <source>%1 times</source>
        <translation>%1 Mal</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="100"/>
        <source>Your usual range appears after four weeks of entries.</source>
        <translation>Dein üblicher Bereich erscheint nach vier Wochen mit Einträgen.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="107"/>
        <source>Shaded: your usual range, %1 times in 28 days (from the six months before the end date).</source>
        <translation>Schattiert: dein üblicher Bereich, %1 Mal in 28 Tagen (aus den sechs Monaten vor dem Enddatum).</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="20"/>
        <source>How others reacted</source>
        <translation>Wie andere reagiert haben</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="21"/>
        <source>Who was there</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="22"/>
        <source>Holding tears back</source>
        <translation>Tränen zurückhalten</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="23"/>
        <source>Feeling ashamed</source>
        <translation>Sich schämen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="24"/>
        <source>Whether it was resolved</source>
        <translation>Ob es geklärt wurde</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="25"/>
        <source>What set it off</source>
        <translation>Was es ausgelöst hat</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="30"/>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="31"/>
        <source>With one person</source>
        <translation>Mit einer Person</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="32"/>
        <source>With several people</source>
        <translation>Mit mehreren Menschen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="35"/>
        <source>Someone comforted me</source>
        <translation>Jemand hat mich getröstet</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="36"/>
        <source>Others were neutral</source>
        <translation>Andere waren neutral</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="37"/>
        <source>Others reacted badly</source>
        <translation>Andere haben unfreundlich reagiert</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="38"/>
        <source>Nobody noticed</source>
        <translation>Niemand hat es bemerkt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="41"/>
        <source>Held tears back</source>
        <translation>Tränen zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="42"/>
        <source>Did not hold back</source>
        <translation>Nicht zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="45"/>
        <source>Felt ashamed</source>
        <translation>Scham gefühlt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="46"/>
        <source>Did not feel ashamed</source>
        <translation>Keine Scham gefühlt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="49"/>
        <source>Resolved or understood</source>
        <translation>Geklärt oder verstanden</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="50"/>
        <source>Partly resolved</source>
        <translation>Teilweise geklärt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="51"/>
        <source>Not resolved</source>
        <translation>Nicht geklärt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="56"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="57"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="58"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="113"/>
        <source>These show what went together with feeling better; they do not show why.</source>
        <translation>Das zeigt, was damit einherging, sich danach besser zu fühlen; es zeigt nicht, warum.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_text.py" line="105"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/charts/plots/chart_widget.py" line="55"/>
        <location filename="../../ui/charts/plots/chart_widget.py" line="57"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../ui/charts/charts_view.py" line="124"/>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_view.py" line="126"/>
        <source>Saved the chart as %1.</source>
        <translation>Diagramm gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_view.py" line="132"/>
        <source>The chart is on the clipboard.</source>
        <translation>Das Diagramm ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="41"/>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="42"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="43"/>
        <source>a bit low</source>
        <translation>etwas niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="45"/>
        <source>a bit high</source>
        <translation>etwas hoch</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="46"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="47"/>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="57"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="59"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="64"/>
        <source>Mood:</source>
        <translation>Stimmung:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="66"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="68"/>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="70"/>
        <source>Urge to cry</source>
        <translation>Drang zu weinen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="75"/>
        <source>Urge to cry:</source>
        <translation>Drang zu weinen:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="78"/>
        <source>No crying today</source>
        <translation>Heute nicht geweint</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="81"/>
        <source>Tells a day without tears apart from a day you did not write down.</source>
        <translation>Unterscheidet einen Tag ohne Tränen von einem Tag, an dem du nichts eingetragen hast.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="85"/>
        <source>Emotions felt today</source>
        <translation>Was du heute gefühlt hast</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="86"/>
        <source>Emotions today:</source>
        <translation>Gefühle heute:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="88"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="89"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="91"/>
        <source>More (optional)</source>
        <translation>Mehr (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="94"/>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="95"/>
        <source>Sleep:</source>
        <translation>Schlaf:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="97"/>
        <source>Feelings made daily life hard</source>
        <translation>Gefühle haben den Alltag erschwert</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="107"/>
        <source>Feelings made daily life hard:</source>
        <translation>Gefühle haben den Alltag erschwert:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="109"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="110"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="121"/>
        <source>How are you today?</source>
        <translation>Wie geht es dir heute?</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="122"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="125"/>
        <source>Editing the check-in of %s</source>
        <translation>Check-in vom %s bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="126"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="32"/>
        <source>very unpleasant</source>
        <translation>sehr unangenehm</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="33"/>
        <source>unpleasant</source>
        <translation>unangenehm</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="34"/>
        <source>a bit unpleasant</source>
        <translation>etwas unangenehm</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="35"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="36"/>
        <source>a bit pleasant</source>
        <translation>etwas angenehm</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="37"/>
        <source>pleasant</source>
        <translation>angenehm</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="38"/>
        <source>very pleasant</source>
        <translation>sehr angenehm</translation>
    </message>
    <message>
        <location filename="../../ui/entry/check_in_form.py" line="44"/>
        <source>in between</source>
        <translation>dazwischen</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../ui/common/value_combo.py" line="69"/>
        <source>Not recorded</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <location filename="../../ui/shell/damage_notice.py" line="37"/>
        <source>Your journal is damaged</source>
        <translation>Dein Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/damage_notice.py" line="38"/>
        <source>moodapp could not read your journal: it is damaged (%1). Nothing more is written to it, and nothing has been deleted. moodapp closes now; when you open it again, it offers to put the newest good backup in its place.</source>
        <translation>moodapp konnte dein Tagebuch nicht lesen: Es ist beschädigt (%1). Es wird nichts mehr hineingeschrieben, und nichts wurde gelöscht. moodapp schließt sich jetzt; wenn du es wieder öffnest, bietet es an, die neueste gute Sicherung an seine Stelle zu setzen.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/common/date_text.py" line="16"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_text.py" line="17"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_text.py" line="18"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_text.py" line="19"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_text.py" line="20"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_text.py" line="21"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="27"/>
        <source>Entries of the day</source>
        <translation>Einträge des Tages</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="28"/>
        <source>Nothing written down for this day.</source>
        <translation>Für diesen Tag ist nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="35"/>
        <source>Log crying</source>
        <translation>Weinen eintragen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="35"/>
        <source>Log crying on this day</source>
        <translation>Weinen an diesem Tag eintragen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="38"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="38"/>
        <source>Check in for this day</source>
        <translation>Check-in für diesen Tag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/day_panel.py" line="43"/>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <location filename="../../ui/common/day_text.py" line="31"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="33"/>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="34"/>
        <source>%1 times</source>
        <translation>%1 Mal</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="40"/>
        <source>Nothing written down.</source>
        <translation>Nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="43"/>
        <source>Mood %1, energy %2</source>
        <translation>Stimmung %1, Energie %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="46"/>
        <source>Mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="48"/>
        <source>Cried %1</source>
        <translation>%1 geweint</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="50"/>
        <source>strongest: %1</source>
        <translation>am stärksten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="57"/>
        <source>Almost cried %1</source>
        <translation>%1 fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="60"/>
        <source>No crying</source>
        <translation>Kein Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/common/day_text.py" line="63"/>
        <source>Felt most: %1</source>
        <translation>Am meisten gefühlt: %1</translation>
    </message>
</context>
<context>
    <name>DaylioDialog</name>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="27"/>
        <source>Import from Daylio</source>
        <translation>Aus Daylio importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="31"/>
        <source>Each Daylio entry becomes a check-in, and its activities become tags. Daylio does not ask about energy, so it stays empty.</source>
        <translation>Jeder Daylio-Eintrag wird zu einem Check-in, seine Aktivitäten werden zu Schlagwörtern. Daylio fragt nicht nach der Energie, deshalb bleibt sie leer.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="42"/>
        <source>Activities that mean you cried</source>
        <translation>Aktivitäten, die bedeuten, dass du geweint hast</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="48"/>
        <source>Which activities mean you cried?</source>
        <translation>Welche Aktivitäten bedeuten, dass du geweint hast?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="52"/>
        <source>Each entry with a ticked activity also becomes a crying episode at that time, with its details left empty for you to add if you remember them.</source>
        <translation>Jeder Eintrag mit einer angehakten Aktivität wird außerdem als Weinen zu dieser Zeit eingetragen. Die Details dazu bleiben leer, damit du sie ergänzen kannst, wenn du dich daran erinnerst.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="63"/>
        <location filename="../../ui/exchange/daylio_dialog.py" line="64"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="70"/>
        <source>Your own moods</source>
        <translation>Deine eigenen Stimmungen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="74"/>
        <source>Where does each sit on the mood scale, from -3 (unpleasant) to +3 (pleasant)?</source>
        <translation>Wo liegt jede davon auf der Stimmungsskala, von -3 (unangenehm) bis +3 (angenehm)?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/daylio_dialog.py" line="81"/>
        <source>Mood value of %1</source>
        <translation>Stimmungswert von %1</translation>
    </message>
</context>
<context>
    <name>Emotion</name>
    <message>
        <location filename="../../domain/catalogue.py" line="59"/>
        <source>Joy</source>
        <translation>Freude</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="60"/>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="61"/>
        <source>Anger</source>
        <translation>Wut</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="62"/>
        <source>Frustration</source>
        <translation>Frust</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="63"/>
        <source>Fear</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="64"/>
        <source>Nervousness</source>
        <translation>Nervosität</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="65"/>
        <source>Helplessness</source>
        <translation>Hilflosigkeit</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="66"/>
        <source>Loneliness</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="67"/>
        <source>Shame</source>
        <translation>Scham</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="68"/>
        <source>Being moved</source>
        <translation>Rührung</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="69"/>
        <source>Relief</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="70"/>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="71"/>
        <source>Calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="72"/>
        <source>Overwhelm</source>
        <translation>Überforderung</translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="120"/>
        <source>Up and Down choose an emotion; 0 to 4 set how strongly it was felt.</source>
        <translation>Pfeil hoch und Pfeil runter wählen ein Gefühl; 0 bis 4 legen fest, wie stark es war.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="122"/>
        <source>Emotion</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="122"/>
        <location filename="../../ui/entry/emotion_picker.py" line="134"/>
        <source>How strongly</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="185"/>
        <source>Fewer emotions</source>
        <translation>Weniger Gefühle</translation>
    </message>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="187"/>
        <source>All emotions (%1 more)</source>
        <translation>Alle Gefühle (%1 weitere)</translation>
    </message>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="237"/>
        <source>%1: %2 of %3, %4</source>
        <translation>%1: %2 von %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/entry/emotion_picker.py" line="243"/>
        <source>%1: not felt</source>
        <translation>%1: nicht gefühlt</translation>
    </message>
</context>
<context>
    <name>EmotionsChart</name>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="37"/>
        <source>%1 · %2 crying episodes, %3 days with a check-in and no crying</source>
        <translation>%1 · %2 Mal geweint, %3 Tage mit Check-in ohne Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="46"/>
        <source>No crying episodes in this period.</source>
        <translation>In diesem Zeitraum ist kein Weinen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="70"/>
        <source>share of crying episodes</source>
        <translation>Anteil der Einträge zum Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="71"/>
        <source>share of days without crying</source>
        <translation>Anteil der Tage ohne Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="78"/>
        <source>% of crying episodes, or of days without crying</source>
        <translation>% der Einträge zum Weinen bzw. der Tage ohne Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="85"/>
        <source>An episode or a day can hold several emotions, so shares add up to more than 100%.</source>
        <translation>Ein Eintrag oder Tag kann mehrere Gefühle haben, daher ergeben die Anteile über 100 %.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="99"/>
        <source>%1 was part of %2% of crying episodes.</source>
        <translation>%1 war bei %2 % der Einträge zum Weinen dabei.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/emotions_chart.py" line="123"/>
        <source>%1
In %2 of %3 crying episodes (%4%)
On %5 of %6 days without crying (%7%)</source>
        <translation>%1
In %2 von %3 Einträgen zum Weinen (%4 %)
An %5 von %6 Tagen ohne Weinen (%7 %)</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../store/encryption.py" line="37"/>
        <source>The new copy of {name} could not be written</source>
        <translation>Die neue Kopie von {name} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../services/entries.py" line="32"/>
        <source>There is no entry with the id {uid}.</source>
        <translation>Es gibt keinen Eintrag mit der Kennung {uid}.</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="30"/>
        <source>Nothing changed in the %1 of %2.</source>
        <translation>%1 vom %2: nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="37"/>
        <source>Not saved yet: your check-in is still here.</source>
        <translation>Noch nicht gespeichert: dein Check-in ist noch da.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="53"/>
        <source>Not saved: please check the highlighted fields.</source>
        <translation>Nicht gespeichert: Bitte sieh dir die markierten Felder an.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="56"/>
        <source>That entry was deleted meanwhile. Your changes are still here; saving again adds them as an entry.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht. Deine Änderungen sind noch da; wenn du erneut speicherst, kommen sie als neuer Eintrag hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="62"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="64"/>
        <source>Saved the %1 of %2.</source>
        <translation>%1 vom %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="84"/>
        <source>Crying is logged on this day</source>
        <translation>An diesem Tag ist Weinen eingetragen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="87"/>
        <source>You logged crying on %1, and this check-in says “No crying today”.</source>
        <translation>Für %1 hast du Weinen eingetragen, und dieser Check-in sagt „Heute nicht geweint“.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="92"/>
        <source>Both can be true, for example when the tears came after you checked in. How would you like to save it?</source>
        <translation>Beides kann stimmen, zum Beispiel wenn die Tränen nach dem Check-in kamen. Wie möchtest du ihn speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="99"/>
        <source>Save without “No crying today”</source>
        <translation>Ohne „Heute nicht geweint“ speichern</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="103"/>
        <source>Save as it is</source>
        <translation>So speichern</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="105"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="122"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_actions.py" line="124"/>
        <source>Deleted the %1 of %2. Ctrl+Z brings it back.</source>
        <translation>%1 vom %2 gelöscht. Strg+Z holt den Eintrag zurück.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../ui/entry/entry_form.py" line="99"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_form.py" line="170"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_form.py" line="293"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_form.py" line="295"/>
        <source>Anything you want to remember about it</source>
        <translation>Alles, was du dir dazu merken möchtest</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_form.py" line="303"/>
        <source>Separate tags with commas.</source>
        <translation>Schlagwörter mit Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_form.py" line="304"/>
        <source>e.g. work, family</source>
        <translation>z. B. Arbeit, Familie</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../ui/entry/entry_list.py" line="55"/>
        <source>Enter opens an entry to edit it; Delete deletes it (Ctrl+Z undoes).</source>
        <translation>Die Eingabetaste öffnet einen Eintrag zum Bearbeiten, Entf löscht ihn (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_list.py" line="62"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_list.py" line="62"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_list.py" line="63"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_list.py" line="63"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../../ui/common/entry_text.py" line="22"/>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="24"/>
        <source>crying episode</source>
        <translation>Eintrag zum Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="31"/>
        <source>Almost cried</source>
        <translation>Fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="33"/>
        <source>Cried</source>
        <translation>Geweint</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="40"/>
        <source>Check-in · mood %1</source>
        <translation>Check-in · Stimmung %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="41"/>
        <source>Check-in · mood %1, energy %2</source>
        <translation>Check-in · Stimmung %1, Energie %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="51"/>
        <source>no crying today</source>
        <translation>heute nicht geweint</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="61"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/common/entry_text.py" line="63"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="49"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="50"/>
        <source>Crying episode</source>
        <translation>Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="52"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="55"/>
        <source>Recent entries</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="56"/>
        <source>Nothing in the last 7 days yet. What you log appears here.</source>
        <translation>In den letzten 7 Tagen noch nichts. Was du einträgst, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="62"/>
        <source>Your last four weeks</source>
        <translation>Deine letzten vier Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/entry_view.py" line="65"/>
        <source>More in Insights</source>
        <translation>Mehr unter Einblicke</translation>
    </message>
</context>
<context>
    <name>EpisodeForm</name>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="52"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="55"/>
        <source>Cried</source>
        <translation>Geweint</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="57"/>
        <source>Almost cried</source>
        <translation>Fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="59"/>
        <source>An urge to cry without tears counts too.</source>
        <translation>Ein Drang zu weinen ohne Tränen zählt auch.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="68"/>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="71"/>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="73"/>
        <source>Intensity:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="76"/>
        <source>Emotions in this episode</source>
        <translation>Gefühle beim Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="77"/>
        <source>Emotions:</source>
        <translation>Gefühle:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="80"/>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="88"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="88"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="89"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="90"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="91"/>
        <source>What set it off:</source>
        <translation>Was es ausgelöst hat:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="93"/>
        <source>Who was there</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="95"/>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="96"/>
        <source>One person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="97"/>
        <source>Several people</source>
        <translation>Mehrere Menschen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="101"/>
        <source>Who was there:</source>
        <translation>Wer dabei war:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="103"/>
        <source>How others reacted</source>
        <translation>Wie andere reagiert haben</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="105"/>
        <source>Comforted me</source>
        <translation>Haben mich getröstet</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="106"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="107"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="108"/>
        <source>Nobody noticed</source>
        <translation>Niemand hat es bemerkt</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="112"/>
        <source>How they reacted:</source>
        <translation>Wie sie reagiert haben:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="113"/>
        <location filename="../../ui/entry/episode_form.py" line="121"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="113"/>
        <location filename="../../ui/entry/episode_form.py" line="123"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="114"/>
        <source>Held tears back</source>
        <translation>Tränen zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="115"/>
        <source>Held tears back:</source>
        <translation>Tränen zurückgehalten:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="116"/>
        <source>Felt ashamed</source>
        <translation>Scham gefühlt</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="117"/>
        <source>Felt ashamed:</source>
        <translation>Scham gefühlt:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="119"/>
        <source>Resolved or understood</source>
        <translation>Geklärt oder verstanden</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="122"/>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="127"/>
        <source>Resolved or understood:</source>
        <translation>Geklärt oder verstanden:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="129"/>
        <source>Mood right after</source>
        <translation>Stimmung direkt danach</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="131"/>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="132"/>
        <source>The same</source>
        <translation>Genauso</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="133"/>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="137"/>
        <source>Mood right after:</source>
        <translation>Stimmung direkt danach:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="139"/>
        <source>Mood right after, 0 to 10</source>
        <translation>Stimmung direkt danach, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="139"/>
        <location filename="../../ui/entry/episode_form.py" line="147"/>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="144"/>
        <source>Mood right after (0-10):</source>
        <translation>Stimmung direkt danach (0-10):</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="147"/>
        <source>Mood later, 0 to 10</source>
        <translation>Stimmung später, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="150"/>
        <source>Mood often dips right after crying and recovers within an hour or so.</source>
        <translation>Oft sinkt die Stimmung direkt nach dem Weinen und erholt sich innerhalb von etwa einer Stunde.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="155"/>
        <source>Mood later (0-10):</source>
        <translation>Stimmung später (0-10):</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="157"/>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="158"/>
        <source>e.g. a walk, talking to a friend</source>
        <translation>z. B. spazieren gehen, mit jemandem reden</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="159"/>
        <source>What helped:</source>
        <translation>Was geholfen hat:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="160"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="161"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="162"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="163"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="177"/>
        <source>Log a crying episode</source>
        <translation>Weinen eintragen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="178"/>
        <source>Save episode</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="181"/>
        <source>Editing the episode of %s</source>
        <translation>Eintrag zum Weinen vom %s bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/episode_form.py" line="182"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="28"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="30"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="34"/>
        <source>Something went wrong. What you typed is still here.</source>
        <translation>Etwas ist schiefgegangen. Was du eingegeben hast, ist noch da.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="37"/>
        <source>You can close this message and carry on. If it keeps happening, closing moodapp and opening it again may help.</source>
        <translation>Du kannst diese Meldung schließen und weitermachen. Wenn es immer wieder passiert, hilft es vielleicht, moodapp zu schließen und neu zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="41"/>
        <source>Where the details were kept</source>
        <translation>Wo die Einzelheiten festgehalten wurden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="48"/>
        <source>A note of the problem, without the words of your journal, was kept in %1</source>
        <translation>Eine Notiz zum Problem, ohne die Worte aus deinem Tagebuch, liegt in %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="53"/>
        <source>The problem could not be noted in the log: %1</source>
        <translation>Das Problem konnte nicht im Protokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="55"/>
        <source>How often it happened</source>
        <translation>Wie oft es passiert ist</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="57"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="65"/>
        <location filename="../../ui/shell/error_dialog.py" line="94"/>
        <source>Show details</source>
        <translation>Einzelheiten zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="68"/>
        <source>Copy details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="87"/>
        <source>It happened again: %1 times so far.</source>
        <translation>Es ist wieder passiert: bisher %1 Mal.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_dialog.py" line="94"/>
        <source>Hide details</source>
        <translation>Einzelheiten ausblenden</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/common/form_parts.py" line="67"/>
        <source>Problem with %s</source>
        <translation>Problem bei %s</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../services/exchange.py" line="52"/>
        <source>The export could not be written</source>
        <translation>Der Export konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="47"/>
        <source>Exporting the journal</source>
        <translation>Tagebuch wird exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="51"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="53"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="54"/>
        <source>The journal was not exported.</source>
        <translation>Das Tagebuch wurde nicht exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="55"/>
        <source>Exported the journal to %1 (entries in the file: %2).</source>
        <translation>Tagebuch exportiert nach %1 (Einträge in der Datei: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="71"/>
        <source>Import %1 into this journal?</source>
        <translation>%1 in dieses Tagebuch importieren?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="73"/>
        <location filename="../../ui/exchange/exchange_actions.py" line="77"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="86"/>
        <source>Import into the journal</source>
        <translation>In das Tagebuch importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="101"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="108"/>
        <location filename="../../ui/exchange/exchange_actions.py" line="118"/>
        <location filename="../../ui/exchange/exchange_actions.py" line="120"/>
        <location filename="../../ui/exchange/exchange_actions.py" line="125"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="110"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="117"/>
        <location filename="../../ui/exchange/exchange_actions.py" line="124"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="122"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="128"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="139"/>
        <source>Import not undone</source>
        <translation>Import nicht rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="141"/>
        <source>The import was not undone.</source>
        <translation>Der Import wurde nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="142"/>
        <source>Undone: the import. The journal as it was with the import is kept as the backup %1.</source>
        <translation>Rückgängig gemacht: der Import. Das Tagebuch mit dem Import bleibt als Sicherung %1 erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="162"/>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="165"/>
        <source>Report cancelled; no file was written.</source>
        <translation>Bericht abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="167"/>
        <source>The report could not be saved: %1. No file was written.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="172"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="175"/>
        <source>The report was not saved.</source>
        <translation>Der Bericht wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="176"/>
        <source>Saved the report as %1.</source>
        <translation>Bericht gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_actions.py" line="34"/>
        <source>Journal files (*.json *.zip *.csv);;All files (*)</source>
        <translation>Tagebuchdateien (*.json *.zip *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="33"/>
        <location filename="../../ui/charts/export_chart_dialog.py" line="63"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="36"/>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="37"/>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="43"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="44"/>
        <source>PNG for sharing and printing, SVG to scale without blur.</source>
        <translation>PNG zum Teilen und Drucken, SVG zum Vergrößern ohne Unschärfe.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="56"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="24"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/export_chart_dialog.py" line="25"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="31"/>
        <location filename="../../ui/exchange/export_dialog.py" line="79"/>
        <source>Export journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="36"/>
        <source>JSON: one file with everything, to keep or to move to another computer</source>
        <translation>JSON: eine Datei mit allem, zum Aufbewahren oder für einen anderen Computer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="39"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="42"/>
        <source>CSV tables in a zip file, for spreadsheets</source>
        <translation>CSV-Tabellen in einer ZIP-Datei, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="43"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="47"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="52"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="57"/>
        <source>Your emotions, triggers, tags and weekly reflections are included. The file is not encrypted: keep it somewhere private.</source>
        <translation>Deine Gefühle, Auslöser, Schlagwörter und Wochenrückblicke sind enthalten. Die Datei ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="124"/>
        <source>Find in your journal</source>
        <translation>In deinem Tagebuch suchen</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="125"/>
        <source>Words to find</source>
        <translation>Gesuchte Wörter</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="126"/>
        <source>Words from notes, tags, emotions or triggers</source>
        <translation>Wörter aus Notizen, Schlagwörtern, Gefühlen oder Auslösern</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="130"/>
        <source>Entries found</source>
        <translation>Gefundene Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="131"/>
        <source>Enter shows the entry&apos;s day in the calendar.</source>
        <translation>Die Eingabetaste zeigt den Tag des Eintrags im Kalender.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="133"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="133"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="133"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="138"/>
        <source>How many entries hold the words</source>
        <translation>Wie viele Einträge die Wörter enthalten</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="171"/>
        <source>Type a word to find the entries that hold it.</source>
        <translation>Gib ein Wort ein, um die Einträge zu finden, die es enthalten.</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="173"/>
        <source>No entry holds these words.</source>
        <translation>Kein Eintrag enthält diese Wörter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry/find_dialog.py" line="175"/>
        <source>%Ln entries found.</source>
        <translation>
            <numerusform>%Ln Eintrag gefunden.</numerusform>
            <numerusform>%Ln Einträge gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="41"/>
        <source>Cried</source>
        <translation>Geweint</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="42"/>
        <source>Almost cried</source>
        <translation>Fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/entry/find_dialog.py" line="43"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <location filename="../../ui/common/form_parts.py" line="141"/>
        <location filename="../../ui/common/form_parts.py" line="162"/>
        <location filename="../../ui/common/scale_steps.py" line="180"/>
        <source>not recorded</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_parts.py" line="163"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
</context>
<context>
    <name>HelpLines</name>
    <message>
        <location filename="../../domain/help_lines.py" line="35"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="36"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="37"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="38"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="39"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="40"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="41"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="42"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="43"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="44"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="45"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="46"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="47"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="48"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location filename="../../domain/help_lines.py" line="49"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>HelpLinesText</name>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="65"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="68"/>
        <source>call or text %1</source>
        <translation>Anruf oder SMS an %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="70"/>
        <source>text %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="72"/>
        <source>call %1</source>
        <translation>Anruf unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="80"/>
        <source>%1, any time, day or night</source>
        <translation>%1, jederzeit, Tag und Nacht</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="84"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="92"/>
        <source>If you are in immediate danger, call your local emergency number.</source>
        <translation>Wenn du in unmittelbarer Gefahr bist, ruf die Notrufnummer deines Landes an.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="96"/>
        <source>If you are in immediate danger, call the emergency number, %1.</source>
        <translation>Wenn du in unmittelbarer Gefahr bist, ruf den Notruf an: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="107"/>
        <source>moodapp does not know which country you are in. Choose it in Settings (Country for help lines), or look below.</source>
        <translation>moodapp weiß nicht, in welchem Land du bist. Wähle es in den Einstellungen (Land für Hilfetelefone) oder weiter unten.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="117"/>
        <source>moodapp holds no help line for this country (%1) yet.</source>
        <translation>moodapp kennt für dieses Land (%1) noch kein Hilfetelefon.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="127"/>
        <source>moodapp holds no checked help line for this country yet; findahelpline.com lists the lines there.</source>
        <translation>moodapp kennt für dieses Land noch kein geprüftes Hilfetelefon; findahelpline.com nennt die Hilfetelefone dort.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="142"/>
        <source>Helplines in other countries: %1 (a website; it opens in your browser).</source>
        <translation>Hilfetelefone in anderen Ländern: %1 (eine Website; sie öffnet sich in deinem Browser).</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="147"/>
        <source>Helplines in other countries: %1 (a website).</source>
        <translation>Hilfetelefone in anderen Ländern: %1 (eine Website).</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../../ui/help/help_text.py" line="35"/>
        <source>What moodapp is for</source>
        <translation>Wofür moodapp da ist</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="36"/>
        <source>Crying episodes</source>
        <translation>Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="37"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="38"/>
        <source>Why the optional details are there</source>
        <translation>Wozu die optionalen Details da sind</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="39"/>
        <source>Your emotions and triggers</source>
        <translation>Deine Gefühle und Auslöser</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="40"/>
        <source>The calendar</source>
        <translation>Der Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="41"/>
        <source>The charts</source>
        <translation>Die Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="42"/>
        <source>The insights</source>
        <translation>Die Einblicke</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="43"/>
        <source>Privacy and your data</source>
        <translation>Privatsphäre und deine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="44"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="80"/>
        <source>How moodapp works</source>
        <translation>So funktioniert moodapp</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="83"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="87"/>
        <source>If things feel very heavy right now, &lt;a href=&quot;#need-help&quot;&gt;Need help now?&lt;/a&gt; lists people you can talk to today.</source>
        <translation>Wenn sich gerade alles sehr schwer anfühlt: Unter &lt;a href=&quot;#need-help&quot;&gt;Brauchst du jetzt Hilfe?&lt;/a&gt; findest du Menschen, mit denen du noch heute sprechen kannst.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="98"/>
        <source>Back to the contents</source>
        <translation>Zurück zum Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="109"/>
        <source>moodapp is a private journal for your moods and for crying. You write down when you cry or almost cry, and, once a day or more often, how you feel. The calendar, the charts and the insights then show your own pattern.</source>
        <translation>moodapp ist ein privates Tagebuch für deine Stimmungen und fürs Weinen. Du schreibst auf, wann du weinst oder fast weinst, und einmal am Tag oder öfter, wie du dich fühlst. Der Kalender, die Diagramme und die Einblicke zeigen dann dein eigenes Muster.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="115"/>
        <source>Crying sometimes brings relief and sometimes does not. Noticing your own pattern, how often tears come, what goes with them and how you feel afterwards, is what this journal is for. There is no right amount of crying, and nothing here is a test.</source>
        <translation>Manchmal bringt Weinen Erleichterung, manchmal nicht. Dein eigenes Muster zu bemerken, also wie oft Tränen kommen, was mit ihnen einhergeht und wie du dich danach fühlst, dafür ist dieses Tagebuch da. Es gibt kein richtiges Maß an Weinen, und nichts hier ist ein Test.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="122"/>
        <source>moodapp never rewards or ranks your crying, in either direction: there is nothing to win, no target to reach and no run of days to keep up.</source>
        <translation>moodapp belohnt oder bewertet dein Weinen nie, in keine Richtung: Es gibt nichts zu gewinnen, kein Ziel zu erreichen und keine Tage in Folge, die es zu halten gilt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="135"/>
        <source>&lt;b&gt;When&lt;/b&gt;: the time it happened. It starts at now; you can change it.</source>
        <translation>&lt;b&gt;Wann&lt;/b&gt;: die Zeit, zu der es passiert ist. Sie steht zuerst auf jetzt; du kannst sie ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="141"/>
        <source>&lt;b&gt;What happened&lt;/b&gt;: &lt;b&gt;Cried&lt;/b&gt;, or &lt;b&gt;Almost cried&lt;/b&gt;. An urge to cry without tears counts too.</source>
        <translation>&lt;b&gt;Was passiert ist&lt;/b&gt;: &lt;b&gt;Geweint&lt;/b&gt; oder &lt;b&gt;Fast geweint&lt;/b&gt;. Ein Drang zu weinen ohne Tränen zählt auch.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="148"/>
        <source>&lt;b&gt;Intensity&lt;/b&gt;: how strong the tears were, from 1 to 5:</source>
        <translation>&lt;b&gt;Stärke&lt;/b&gt;: wie stark die Tränen waren, von 1 bis 5:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="165"/>
        <source>&lt;b&gt;Duration&lt;/b&gt;: about how many minutes it lasted.</source>
        <translation>&lt;b&gt;Dauer&lt;/b&gt;: etwa wie viele Minuten es gedauert hat.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="166"/>
        <source>&lt;b&gt;What set it off&lt;/b&gt;: the triggers, as many as fit. “No clear reason” is there too.</source>
        <translation>&lt;b&gt;Was es ausgelöst hat&lt;/b&gt;: die Auslöser, so viele wie passen. „Kein klarer Grund“ gibt es auch.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="171"/>
        <source>&lt;b&gt;Who was there&lt;/b&gt;: alone, one person, or several people.</source>
        <translation>&lt;b&gt;Wer dabei war&lt;/b&gt;: allein, eine Person oder mehrere Menschen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="172"/>
        <source>&lt;b&gt;How they reacted&lt;/b&gt;: comforted me, neutral, negative, or nobody noticed.</source>
        <translation>&lt;b&gt;Wie sie reagiert haben&lt;/b&gt;: haben mich getröstet, neutral, negativ, oder niemand hat es bemerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="176"/>
        <source>&lt;b&gt;Held tears back&lt;/b&gt;: yes or no.</source>
        <translation>&lt;b&gt;Tränen zurückgehalten&lt;/b&gt;: ja oder nein.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="177"/>
        <source>&lt;b&gt;Felt ashamed&lt;/b&gt;: yes or no.</source>
        <translation>&lt;b&gt;Scham gefühlt&lt;/b&gt;: ja oder nein.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="178"/>
        <source>&lt;b&gt;Resolved or understood&lt;/b&gt;: whether the situation was resolved or better understood afterwards: yes, partly or no.</source>
        <translation>&lt;b&gt;Geklärt oder verstanden&lt;/b&gt;: ob die Situation danach geklärt oder besser verstanden war: ja, teilweise oder nein.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="183"/>
        <source>&lt;b&gt;Mood right after&lt;/b&gt;: better, the same, or worse than before.</source>
        <translation>&lt;b&gt;Stimmung direkt danach&lt;/b&gt;: besser als vorher, genauso oder schlechter.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="186"/>
        <source>&lt;b&gt;Mood right after (0-10)&lt;/b&gt;: the same moment as a number, from 0 (very low) to 10 (very good).</source>
        <translation>&lt;b&gt;Stimmung direkt danach (0-10)&lt;/b&gt;: derselbe Moment als Zahl, von 0 (sehr gedrückt) bis 10 (sehr gut).</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="191"/>
        <source>&lt;b&gt;Mood later (0-10)&lt;/b&gt;: the same scale, some time later. Mood often dips right after crying and comes back up within 20 to 90 minutes, sometimes higher than before.</source>
        <translation>&lt;b&gt;Stimmung später (0-10)&lt;/b&gt;: dieselbe Skala, einige Zeit später. Oft sinkt die Stimmung direkt nach dem Weinen und steigt innerhalb von 20 bis 90 Minuten wieder an, manchmal höher als vorher.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="197"/>
        <source>&lt;b&gt;What helped&lt;/b&gt;: in your own words, for example a walk or talking to a friend.</source>
        <translation>&lt;b&gt;Was geholfen hat&lt;/b&gt;: in deinen eigenen Worten, zum Beispiel ein Spaziergang oder ein Gespräch mit jemandem, der dir nahesteht.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="201"/>
        <source>&lt;b&gt;Tags&lt;/b&gt;: your own words, separated by commas, to find entries again.</source>
        <translation>&lt;b&gt;Schlagwörter&lt;/b&gt;: deine eigenen Wörter, durch Kommas getrennt, um Einträge wiederzufinden.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="205"/>
        <source>&lt;b&gt;Note&lt;/b&gt;: anything else you want to keep.</source>
        <translation>&lt;b&gt;Notiz&lt;/b&gt;: alles andere, was du festhalten möchtest.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="210"/>
        <source>A crying episode is one time you cried or almost cried. Log it with Entry &gt; Log crying episode (Ctrl+T). It takes a few seconds; the details are optional.</source>
        <translation>Jedes Mal, wenn du geweint oder fast geweint hast, kannst du es über Eintrag &gt; Weinen eintragen (Strg+T) festhalten. Das dauert ein paar Sekunden; die Details sind optional.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="218"/>
        <source>Under &lt;b&gt;Details (optional)&lt;/b&gt;:</source>
        <translation>Unter &lt;b&gt;Details (optional)&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="221"/>
        <source>Any detail can stay “Not recorded”. That is different from “no”: it only means you did not write it down.</source>
        <translation>Jedes Detail kann auf „Nicht angegeben“ bleiben. Das ist etwas anderes als „nein“: Es heißt nur, dass du es nicht eingetragen hast.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="234"/>
        <source>&lt;b&gt;When&lt;/b&gt;: the time of the check-in, starting at now.</source>
        <translation>&lt;b&gt;Wann&lt;/b&gt;: die Zeit des Check-ins, zuerst auf jetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="237"/>
        <source>&lt;b&gt;Mood&lt;/b&gt;: how pleasant or unpleasant you feel, from -3 to +3:</source>
        <translation>&lt;b&gt;Stimmung&lt;/b&gt;: wie angenehm oder unangenehm du dich fühlst, von -3 bis +3:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="243"/>
        <source>&lt;b&gt;Energy&lt;/b&gt;: how low or high your energy is, from -3 to +3:</source>
        <translation>&lt;b&gt;Energie&lt;/b&gt;: wie niedrig oder hoch deine Energie ist, von -3 bis +3:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="249"/>
        <source>&lt;b&gt;Urge to cry&lt;/b&gt;: how much you felt like crying, from 0 to 4:</source>
        <translation>&lt;b&gt;Drang zu weinen&lt;/b&gt;: wie sehr dir nach Weinen zumute war, von 0 bis 4:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="255"/>
        <source>&lt;b&gt;No crying today&lt;/b&gt;: tells a day without tears apart from a day you did not write down.</source>
        <translation>&lt;b&gt;Heute nicht geweint&lt;/b&gt;: unterscheidet einen Tag ohne Tränen von einem Tag, an dem du nichts eingetragen hast.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="270"/>
        <source>&lt;b&gt;Note&lt;/b&gt;: anything you want to keep about the day.</source>
        <translation>&lt;b&gt;Notiz&lt;/b&gt;: alles, was du über den Tag festhalten möchtest.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="275"/>
        <source>&lt;b&gt;Sleep&lt;/b&gt;: about how many hours you slept.</source>
        <translation>&lt;b&gt;Schlaf&lt;/b&gt;: etwa wie viele Stunden du geschlafen hast.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="277"/>
        <source>&lt;b&gt;Feelings made daily life hard&lt;/b&gt;: how much your feelings got in the way of work, home or time with others, from 0 to 3:</source>
        <translation>&lt;b&gt;Gefühle haben den Alltag erschwert&lt;/b&gt;: wie sehr deine Gefühle dir bei der Arbeit, zu Hause oder mit anderen Menschen im Weg waren, von 0 bis 3:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="284"/>
        <source>&lt;b&gt;Tags&lt;/b&gt;: your own words, separated by commas.</source>
        <translation>&lt;b&gt;Schlagwörter&lt;/b&gt;: deine eigenen Wörter, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="289"/>
        <source>A check-in is a short note of how you are, about a minute long. Start one with Entry &gt; New check-in (Ctrl+N). Several a day are fine; each counts on its own.</source>
        <translation>Ein Check-in ist eine kurze Notiz dazu, wie es dir geht, in etwa einer Minute. Du beginnst einen über Eintrag &gt; Neuer Check-in (Strg+N). Mehrere am Tag sind in Ordnung; jeder zählt für sich.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="297"/>
        <source>Under &lt;b&gt;More (optional)&lt;/b&gt;:</source>
        <translation>Unter &lt;b&gt;Mehr (optional)&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="306"/>
        <source>Crying does not always bring relief. In a large diary study of about a thousand crying episodes, mood was better afterwards in about three of ten, about the same in six of ten, and worse in about one of ten. Asked much later, most people remember feeling better.</source>
        <translation>Weinen bringt nicht immer Erleichterung. In einer großen Tagebuchstudie mit etwa tausend Einträgen zum Weinen war die Stimmung danach in etwa drei von zehn Fällen besser, in sechs von zehn etwa gleich und in etwa einem von zehn schlechter. Viel später gefragt, erinnern sich die meisten Menschen daran, dass es ihnen danach besser ging.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="313"/>
        <source>What went together with feeling better was the setting: being comforted by someone, the situation being resolved or better understood, and tears of being moved. Holding tears back and feeling ashamed went together with feeling no better. The optional details ask about exactly these things, so that moodapp can show which of them went together with relief for you.</source>
        <translation>Ob es einem danach besser ging, hing mit der Situation zusammen: oft, wenn jemand getröstet hat, wenn die Situation geklärt oder besser verstanden war, und bei Tränen der Rührung. Tränen zurückzuhalten und sich zu schämen gingen damit einher, dass es einem danach nicht besser ging. Die optionalen Details fragen genau danach, damit moodapp zeigen kann, was davon bei dir mit Erleichterung einherging.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="321"/>
        <source>How strong the tears were went together with relief more than how long they lasted, which is why intensity is asked every time and duration is optional.</source>
        <translation>Wie stark die Tränen waren, hing enger mit Erleichterung zusammen als ihre Dauer. Deshalb wird die Stärke jedes Mal gefragt, und die Dauer ist optional.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="366"/>
        <source>The calendar shows a month or a whole year. A day&apos;s colour and the number at its top are the average mood of its check-ins, from -3 (unpleasant) to +3 (pleasant); a day without a check-in has no colour. Small drops mark crying and almost crying, with a number when there was more than one, and another mark shows a check-in with no crying; the legend under the calendar shows which is which. Choose a day to see its entries, change them or add one.</source>
        <translation>Der Kalender zeigt einen Monat oder ein ganzes Jahr. Die Farbe eines Tages und die Zahl oben darin sind die durchschnittliche Stimmung seiner Check-ins, von -3 (unangenehm) bis +3 (angenehm); ein Tag ohne Check-in hat keine Farbe. Kleine Tropfen markieren Weinen und fast Weinen, mit einer Zahl, wenn es mehr als einmal war, und eine weitere Markierung zeigt einen Check-in ohne Weinen; die Legende unter dem Kalender zeigt, was was ist. Wähle einen Tag, um seine Einträge zu sehen, sie zu ändern oder einen hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="380"/>
        <source>how often you cried and almost cried per day, week or month, next to your mood and the emotions of your check-ins. Once you have been writing for four weeks, a band shows your usual range.</source>
        <translation>wie oft du pro Tag, Woche oder Monat geweint und fast geweint hast, neben deiner Stimmung und den Gefühlen aus deinen Check-ins. Vier Wochen nach deinem ersten Eintrag zeigt ein Band deinen üblichen Bereich.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="326"/>
        <source>Many people tear up at good things too: being moved, joy, beauty, something achieved. Those tears belong in the journal as much as sad ones.</source>
        <translation>Vielen Menschen kommen auch bei Schönem die Tränen: bei Rührung, Freude, Schönheit, etwas Geschafftem. Diese Tränen gehören genauso ins Tagebuch wie traurige.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="331"/>
        <source>The research was done on groups of people, and people differ a lot, from country to country and from person to person. So moodapp never compares you with other people or with an average. It only compares you with yourself: with what is usual for you.</source>
        <translation>Die Forschung wurde mit Gruppen von Menschen gemacht, und Menschen unterscheiden sich stark, von Land zu Land und von Person zu Person. Deshalb vergleicht moodapp dich nie mit anderen Menschen oder mit einem Durchschnitt. Es vergleicht dich nur mit dir selbst: mit dem, was für dich üblich ist.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="338"/>
        <source>If crying comes on suddenly and does not match how you feel, for example tears that come without sadness and are hard to stop, it can have a neurological reason (called pseudobulbar affect). A doctor can look into it with you.</source>
        <translation>Wenn Weinen plötzlich kommt und nicht zu dem passt, wie du dich fühlst, zum Beispiel Tränen ohne Traurigkeit, die sich schwer stoppen lassen, kann das einen neurologischen Grund haben (pseudobulbärer Affekt genannt). Eine Ärztin oder ein Arzt kann dem mit dir nachgehen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="351"/>
        <source>moodapp starts with a list of emotions and a list of triggers, the kinds of things that can bring tears on. In Edit &gt; Emotions and triggers (also reached from Settings) you can rename them, give an emotion another colour, put them in another order, add your own and archive the ones you do not use. Archiving hides one from the lists you choose from; entries that already have it keep it. A new name shows in past entries too. Each change is saved as soon as you make it, so that window has only a Close button.</source>
        <translation>moodapp beginnt mit einer Liste von Gefühlen und einer Liste von Auslösern, also den Dingen, die Tränen auslösen können. Unter Bearbeiten &gt; Gefühle und Auslöser (auch aus den Einstellungen erreichbar) kannst du sie umbenennen, einem Gefühl eine andere Farbe geben, die Reihenfolge ändern, eigene hinzufügen und die archivieren, die du nicht brauchst. Archivieren nimmt einen Eintrag aus den Listen zum Auswählen; Einträge, die ihn schon haben, behalten ihn. Ein neuer Name erscheint auch in früheren Einträgen. Jede Änderung wird sofort gespeichert, deshalb hat dieses Fenster nur den Knopf Schließen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="444"/>
        <source>&lt;b&gt;Your week&lt;/b&gt; sums up what you wrote down this week and keeps what you noticed. Its weeks are the calendar&apos;s: they start on the day chosen in Settings under Weeks start on. Previous week and Next week show the other weeks and their notes; what you typed is saved before another week is shown, and saving an empty note removes it.</source>
        <translation>&lt;b&gt;Deine Woche&lt;/b&gt; fasst zusammen, was du diese Woche eingetragen hast, und bewahrt, was dir aufgefallen ist. Ihre Wochen sind die des Kalenders: Sie beginnen an dem Tag, der in den Einstellungen unter „Wochen beginnen am“ gewählt ist. „Vorige Woche“ und „Nächste Woche“ zeigen die anderen Wochen und ihre Notizen; was du getippt hast, wird gespeichert, bevor eine andere Woche erscheint, und eine leer gespeicherte Notiz wird entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="386"/>
        <source>which emotions came with your tears, and how strongly.</source>
        <translation>welche Gefühle mit deinen Tränen einhergingen, und wie stark.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="152"/>
        <source>&lt;b&gt;Emotions&lt;/b&gt;: the emotions in it, each from 0 to 4. Emotions left at 0 are simply not part of this entry. The ones you felt most in the last 90 days come first; &lt;b&gt;All emotions&lt;/b&gt; shows the others:</source>
        <translation>&lt;b&gt;Gefühle&lt;/b&gt;: die Gefühle darin, jedes von 0 bis 4. Gefühle, die auf 0 bleiben, gehören einfach nicht zu diesem Eintrag. Die Gefühle, die du in den letzten 90 Tagen am meisten hattest, stehen oben; &lt;b&gt;Alle Gefühle&lt;/b&gt; zeigt die übrigen:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="262"/>
        <source>&lt;b&gt;Emotions today&lt;/b&gt;: the emotions you felt, each from 0 to 4. The ones you felt most in the last 90 days come first; &lt;b&gt;All emotions&lt;/b&gt; shows the others:</source>
        <translation>&lt;b&gt;Gefühle heute&lt;/b&gt;: die Gefühle, die du hattest, jedes von 0 bis 4. Die Gefühle, die du in den letzten 90 Tagen am meisten hattest, stehen oben; &lt;b&gt;Alle Gefühle&lt;/b&gt; zeigt die übrigen:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="389"/>
        <source>better, the same or worse right after crying, side by side for each setting: who was there, how they reacted, holding back, shame, whether it was resolved, and what set it off.</source>
        <translation>besser, genauso oder schlechter direkt nach dem Weinen, nebeneinander für jede Situation: wer dabei war, wie andere reagiert haben, Zurückhalten, Scham, ob es geklärt wurde und was es ausgelöst hat.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="395"/>
        <source>the times of day and the days of the week when you cried.</source>
        <translation>die Tageszeiten und Wochentage, an denen du geweint hast.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="405"/>
        <source>There are four charts. Each can be saved as a picture or copied.</source>
        <translation>Es gibt vier Diagramme. Jedes lässt sich als Bild speichern oder kopieren.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="411"/>
        <source>A comparison is only drawn when at least %1 episodes are behind it.</source>
        <translation>Ein Vergleich wird nur gezeigt, wenn mindestens %1 Einträge dahinterstehen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="422"/>
        <source>The insights describe your own entries in a few plain sentences: how often you cried compared with your usual range, how you felt after crying in different settings, your mood in the days around crying, the times tears came, quiet stretches, and how varied your emotions were. Each one says how many entries it rests on, and says what went together, not what led to what.</source>
        <translation>Die Einblicke beschreiben deine eigenen Einträge in ein paar einfachen Sätzen: wie oft du geweint hast, verglichen mit deinem üblichen Bereich, wie du dich nach dem Weinen in verschiedenen Situationen gefühlt hast, deine Stimmung in den Tagen rund ums Weinen, die Zeiten, zu denen Tränen kamen, ruhige Zeiten und wie vielfältig deine Gefühle waren. Jeder nennt, auf wie vielen Einträgen er beruht, und sagt, was zusammen auftrat, nicht, was wozu geführt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="430"/>
        <source>Your usual range is how often you cry in a typical 28 days, leaving out the quietest and the heaviest stretches, from your own entries over the last months. It shows once you have been writing for four weeks; until then, the insights say that it is still being learned.</source>
        <translation>Dein üblicher Bereich ist, wie oft du in typischen 28 Tagen weinst, ohne die ruhigsten und die schwersten Zeiten, nach deinen eigenen Einträgen der letzten Monate. Er erscheint vier Wochen nach deinem ersten Eintrag; bis dahin sagen die Einblicke, dass er noch ermittelt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="437"/>
        <source>If for two weeks you cry more than usual while your mood is low, or your feelings make daily life very hard, the insights gently invite you to talk to someone you trust or to a professional. You can set the invitation aside; it then stays away for two weeks.</source>
        <translation>Wenn du zwei Wochen lang mehr weinst als sonst, während deine Stimmung gedrückt ist, oder deine Gefühle den Alltag sehr schwer machen, laden dich die Einblicke behutsam ein, mit jemandem zu sprechen, dem du vertraust, oder mit einer Fachperson. Du kannst die Einladung beiseitelegen; dann bleibt sie zwei Wochen lang weg.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="460"/>
        <source>Your journal stays on this computer, in one file. moodapp never connects to the internet and collects nothing about how you use it.</source>
        <translation>Dein Tagebuch bleibt auf diesem Computer, in einer Datei. moodapp verbindet sich nie mit dem Internet und sammelt nichts darüber, wie du es nutzt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="465"/>
        <source>You can encrypt the journal with a passphrase (Journal &gt; Encrypt journal). Then nobody can read it without the passphrase, and nobody can recover it if the passphrase is lost, so keep it somewhere safe. An encrypted journal can lock itself after a quiet while (Journal &gt; Auto-lock).</source>
        <translation>Du kannst das Tagebuch mit einer Passphrase verschlüsseln (Tagebuch &gt; Tagebuch verschlüsseln). Dann kann niemand es ohne die Passphrase lesen, und niemand kann es wiederherstellen, wenn die Passphrase verloren geht; bewahre sie also sicher auf. Ein verschlüsseltes Tagebuch kann sich nach einer Weile ohne Nutzung selbst sperren (Tagebuch &gt; Automatisch sperren).</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="472"/>
        <source>moodapp keeps backups by itself every day you use it, and you can make one at any time (Journal &gt; Back up now) or go back to one (Journal &gt; Restore from backup). Backups are encrypted like the journal.</source>
        <translation>moodapp legt an jedem Tag, an dem du es nutzt, von selbst eine Sicherung an, und du kannst jederzeit eine erstellen (Tagebuch &gt; Jetzt sichern) oder zu einer zurückkehren (Tagebuch &gt; Aus Sicherung wiederherstellen). Sicherungen sind wie das Tagebuch verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_text.py" line="478"/>
        <source>Your data is yours: File &gt; Export journal writes all of it to a file, and Journal &gt; Delete all my data removes the journal, its backups and moodapp&apos;s settings from this computer.</source>
        <translation>Deine Daten gehören dir: Datei &gt; Tagebuch exportieren schreibt sie alle in eine Datei, und Tagebuch &gt; Alle meine Daten löschen entfernt das Tagebuch, seine Sicherungen und die Einstellungen von moodapp von diesem Computer.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help/help_window.py" line="30"/>
        <location filename="../../ui/help/help_window.py" line="34"/>
        <source>How moodapp works</source>
        <translation>So funktioniert moodapp</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="35"/>
        <source>Page Up and Page Down scroll; Tab goes from link to link; Enter follows one.</source>
        <translation>Bild auf und Bild ab blättern, Tab springt von Link zu Link, die Eingabetaste folgt einem Link.</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="44"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="44"/>
        <source>Back to the contents</source>
        <translation>Zurück zum Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="47"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_window.py" line="52"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location filename="../../exchange/batch.py" line="33"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../exchange/batch.py" line="34"/>
        <source>has a cell of more than {limit:,} characters, far more than a note can hold; the file may be damaged</source>
        <translation>hat eine Zelle mit mehr als {limit} Zeichen, weit mehr, als eine Notiz fassen kann; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/batch.py" line="39"/>
        <source>cannot be read as CSV ({error})</source>
        <translation>kann nicht als CSV gelesen werden ({error})</translation>
    </message>
    <message>
        <location filename="../../exchange/batch.py" line="40"/>
        <source>has {cells} cells, but the header has {header}</source>
        <translation>hat {cells} Zellen, die Kopfzeile aber {header}</translation>
    </message>
    <message>
        <location filename="../../exchange/batch.py" line="41"/>
        <source>was written in format version {version} by a newer moodapp; this version reads up to {readable}. Please update moodapp.</source>
        <translation>wurde von einem neueren moodapp im Format Version {version} geschrieben; diese Version liest bis Version {readable}. Bitte aktualisiere moodapp.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_reader.py" line="44"/>
        <source>gives “{version}” as its format version, which is not one moodapp writes</source>
        <translation>nennt „{version}“ als Formatversion, und die schreibt moodapp nicht</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_reader.py" line="48"/>
        <source>is not a zip file, or it is damaged</source>
        <translation>ist keine Zip-Datei, oder sie ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_reader.py" line="49"/>
        <source>is a zip of a kind moodapp cannot unpack, or it is damaged</source>
        <translation>ist eine Zip-Datei einer Art, die moodapp nicht entpacken kann, oder sie ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_reader.py" line="52"/>
        <source>does not describe a moodapp CSV export</source>
        <translation>beschreibt keinen CSV-Export von moodapp</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_reader.py" line="53"/>
        <source>no entry has the uid “{uid}”</source>
        <translation>kein Eintrag hat die uid „{uid}“</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_reader.py" line="54"/>
        <source>is a single table; a moodapp CSV export is a folder or zip of tables. For a Daylio export, choose the Daylio format.</source>
        <translation>ist eine einzelne Tabelle; ein CSV-Export von moodapp ist ein Ordner oder eine Zip-Datei mit Tabellen. Für einen Daylio-Export wähle das Format Daylio.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="31"/>
        <source>has no {file}, so it is not a moodapp CSV export</source>
        <translation>hat keine {file} und ist darum kein CSV-Export von moodapp</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="32"/>
        <source>has no {file}. A moodapp CSV export always has it (with only its header row when it is empty), so the export is incomplete; nothing of it was imported</source>
        <translation>hat keine {file}. Ein CSV-Export von moodapp hat sie immer (nur mit der Kopfzeile, wenn sie leer ist), also ist der Export unvollständig; nichts davon wurde importiert</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="37"/>
        <source>cannot be unzipped: the zip file is damaged or cut short</source>
        <translation>kann nicht entpackt werden: die Zip-Datei ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="40"/>
        <source>column {column}: “{cell}” is not a whole number</source>
        <translation>Spalte {column}: „{cell}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="43"/>
        <source>column {column}: “{cell}” is not a number like 7.5</source>
        <translation>Spalte {column}: „{cell}“ ist keine Zahl wie 7.5</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="46"/>
        <source>column {column}: “{cell}” is not true or false</source>
        <translation>Spalte {column}: „{cell}“ ist nicht true oder false</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="49"/>
        <source>the header row is missing</source>
        <translation>die Kopfzeile fehlt</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="50"/>
        <source>the column {names} is missing</source>
        <translation>die Spalte {names} fehlt</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="51"/>
        <source>the columns {names} are missing</source>
        <translation>die Spalten {names} fehlen</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_rows.py" line="52"/>
        <source>is not a text file in UTF-8</source>
        <translation>ist keine Textdatei in UTF-8</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_sources.py" line="19"/>
        <source>is protected with a password; moodapp exports are not, so it cannot be read</source>
        <translation>ist mit einem Passwort geschützt; Exporte von moodapp sind das nicht, darum kann sie nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../exchange/csv_sources.py" line="22"/>
        <source>is compressed in a way moodapp cannot unpack; unzip it and import the folder</source>
        <translation>ist auf eine Art komprimiert, die moodapp nicht entpacken kann; entpacke sie und importiere den Ordner</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="58"/>
        <source>uses moods that need a value from -3 to +3: {quoted}. Give each one, e.g. --mood-map {name}=1</source>
        <translation>verwendet Stimmungen, die einen Wert von -3 bis +3 brauchen: {quoted}. Gib jeder einen, z. B. --mood-map {name}=1</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="62"/>
        <source>column time: “{text}” is not a time like 20:15 or 8:15 pm</source>
        <translation>Spalte time: „{text}“ ist keine Uhrzeit wie 20:15 oder 8:15 pm</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="65"/>
        <source>column time: “{text}” has no such hour</source>
        <translation>Spalte time: „{text}“ – diese Stunde gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="66"/>
        <source>column time: “{text}” has no such time</source>
        <translation>Spalte time: „{text}“ – diese Uhrzeit gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="67"/>
        <source>column full_date: “{text}” is not a date like 2026-11-25</source>
        <translation>Spalte full_date: „{text}“ ist kein Datum wie 2026-11-25</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="70"/>
        <source>column full_date: “{text}”. {problem}</source>
        <translation>Spalte full_date: „{text}“. {problem}</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="73"/>
        <source>is missing the Daylio column(s) {names}; is this a Daylio CSV export?</source>
        <translation>es fehlen die Daylio-Spalten {names}; ist das ein CSV-Export von Daylio?</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="76"/>
        <source>is not a text file in UTF-8, so not a Daylio export</source>
        <translation>ist keine Textdatei in UTF-8 und darum kein Daylio-Export</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="77"/>
        <location filename="../../exchange/formats.py" line="31"/>
        <location filename="../../exchange/journal_json.py" line="58"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="78"/>
        <source>column mood is empty</source>
        <translation>die Spalte mood ist leer</translation>
    </message>
    <message>
        <location filename="../../exchange/daylio.py" line="79"/>
        <source>Daylio rows read: {rows:,}. Each became a check-in; {crying:,} with a crying activity also became a crying episode, with its details left empty.</source>
        <translation>Gelesene Daylio-Zeilen: {rows}. Jede wurde ein Check-in; {crying} mit einer Aktivität zum Weinen wurden außerdem als Weinen eingetragen, mit leeren Details.</translation>
    </message>
    <message>
        <location filename="../../exchange/formats.py" line="25"/>
        <source>is not a file moodapp can import: choose a moodapp export (JSON, or the CSV folder or zip) or a Daylio CSV export</source>
        <translation>ist keine Datei, die moodapp importieren kann: wähle einen Export von moodapp (JSON, oder den CSV-Ordner oder die Zip-Datei) oder einen CSV-Export von Daylio</translation>
    </message>
    <message>
        <location filename="../../exchange/formats.py" line="30"/>
        <source>does not exist</source>
        <translation>gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../exchange/formats.py" line="32"/>
        <source>is one table of a moodapp CSV export; choose the folder or zip that holds it</source>
        <translation>ist eine Tabelle eines CSV-Exports von moodapp; wähle den Ordner oder die Zip-Datei, in der sie liegt</translation>
    </message>
    <message>
        <location filename="../../exchange/formats.py" line="35"/>
        <source>is a folder; only CSV exports are folders</source>
        <translation>ist ein Ordner; nur CSV-Exporte sind Ordner</translation>
    </message>
    <message>
        <location filename="../../exchange/formats.py" line="36"/>
        <source>cannot be read ({why})</source>
        <translation>kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="46"/>
        <source>has lists or objects nested far more deeply than a moodapp export; the file may be damaged</source>
        <translation>hat Listen oder Objekte, die weit tiefer verschachtelt sind als in einem Export von moodapp; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="50"/>
        <source>a setting holds a character that is not text; the file may be damaged</source>
        <translation>eine Einstellung enthält ein Zeichen, das kein Text ist; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="53"/>
        <source>holds a number with thousands of digits, which no moodapp export has; the file may be damaged</source>
        <translation>enthält eine Zahl mit Tausenden von Ziffern, wie sie kein Export von moodapp hat; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="57"/>
        <source>is not a text file in UTF-8, so not a moodapp export</source>
        <translation>ist keine Textdatei in UTF-8 und darum kein Export von moodapp</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="59"/>
        <source>is not valid JSON ({error}); the file may be cut short or damaged</source>
        <translation>ist kein gültiges JSON ({error}); die Datei ist vielleicht abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="62"/>
        <source>“{name}” must be a list</source>
        <translation>„{name}“ muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="63"/>
        <source>“settings” must map names to texts</source>
        <translation>„settings“ muss Namen auf Texte abbilden</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="64"/>
        <source>is JSON, but not a moodapp journal export</source>
        <translation>ist JSON, aber kein Tagebuch-Export von moodapp</translation>
    </message>
    <message>
        <location filename="../../exchange/journal_json.py" line="65"/>
        <source>has no format version</source>
        <translation>hat keine Formatversion</translation>
    </message>
    <message>
        <location filename="../../exchange/limits.py" line="27"/>
        <source>holds more than {megabytes:,} MB of text, far more than any journal; the file may be damaged</source>
        <translation>enthält mehr als {megabytes} MB Text, weit mehr als jedes Tagebuch; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/limits.py" line="31"/>
        <source>has more than {rows:,} rows, far more than any journal; the file may be damaged</source>
        <translation>hat mehr als {rows} Zeilen, weit mehr als jedes Tagebuch; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/limits.py" line="34"/>
        <source>holds more values than {rows:,} entries would, far more than any journal; the file may be damaged</source>
        <translation>enthält mehr Werte, als {rows} Einträge hätten, weit mehr als jedes Tagebuch; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="41"/>
        <source>is not an id like 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b: “{value}”</source>
        <translation>ist keine Kennung wie 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b: „{value}“</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="44"/>
        <source>is “{value}”. {problem}</source>
        <translation>ist „{value}“. {problem}</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="45"/>
        <source>must be a whole number from {low:,} to {high:,}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="48"/>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="49"/>
        <source>holds a character that is not text (U+{code:04X}); the file may be damaged</source>
        <translation>enthält ein Zeichen, das kein Text ist (U+{code:04X}); die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="52"/>
        <source>a record must be an object</source>
        <translation>ein Datensatz muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="53"/>
        <source>field “{name}” {problem}</source>
        <translation>das Feld „{name}“ {problem}</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="54"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="55"/>
        <source>must be {kinds}, not true or false</source>
        <translation>muss {kinds} sein, nicht true oder false</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="56"/>
        <source>must be {kinds}</source>
        <translation>muss {kinds} sein</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="57"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="58"/>
        <source>must be a name of 1 to {limit} characters without spaces at either end</source>
        <translation>muss ein Name aus 1 bis {limit} Zeichen sein, ohne Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="61"/>
        <source>is not a date like 2026-11-25: “{value}”</source>
        <translation>ist kein Datum wie 2026-11-25: „{value}“</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="62"/>
        <source>is not a time like 2026-11-25T21:30:00+01:00: “{value}”</source>
        <translation>ist keine Zeit wie 2026-11-25T21:30:00+01:00: „{value}“</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="65"/>
        <source>needs a UTC offset, like +01:00</source>
        <translation>braucht einen Abstand zu UTC, wie +01:00</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="66"/>
        <source>must be one of {allowed}, not “{value}”</source>
        <translation>muss eines von {allowed} sein, nicht „{value}“</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="67"/>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="68"/>
        <source>must map emotion names to whole numbers</source>
        <translation>muss Namen von Gefühlen auf ganze Zahlen abbilden</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="69"/>
        <source>must be cried, almost-cried or check-in, not “{kind}”</source>
        <translation>muss cried, almost-cried oder check-in sein, nicht „{kind}“</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="72"/>
        <source>must look like #3b6fb6, not “{colour}”</source>
        <translation>muss wie #3b6fb6 aussehen, nicht „{colour}“</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="73"/>
        <source>is longer than {limit:,} characters</source>
        <translation>ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="75"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="76"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="77"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="78"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="79"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../exchange/records.py" line="80"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../services/import_plan.py" line="29"/>
        <source>a second weekly note on the week ending {week_end}; a week keeps one note, so only one of them could be imported</source>
        <translation>eine zweite Wochennotiz zur Woche bis {week_end}; eine Woche hat eine Notiz, darum konnte nur eine davon importiert werden</translation>
    </message>
    <message>
        <location filename="../../services/import_plan.py" line="34"/>
        <source>the uid {uid} belongs to the weekly note on the week ending {week} in this journal</source>
        <translation>die uid {uid} gehört in diesem Tagebuch zur Wochennotiz der Woche bis {week}</translation>
    </message>
    <message>
        <location filename="../../services/import_plan.py" line="38"/>
        <source>The file&apos;s setting “{key}” is not one this version of moodapp knows; it was left out.</source>
        <translation>Die Einstellung „{key}“ der Datei kennt diese Version von moodapp nicht; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../services/import_plan.py" line="43"/>
        <source>the uid {uid} is in the file twice</source>
        <translation>die uid {uid} steht zweimal in der Datei</translation>
    </message>
    <message>
        <location filename="../../services/import_plan.py" line="44"/>
        <source>the uid {uid} belongs to an entry of another kind in this journal</source>
        <translation>die uid {uid} gehört in diesem Tagebuch zu einem Eintrag anderer Art</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="28"/>
        <source>Would add %Ln new entries, update %1 with a newer copy from the file, and skip %2 the journal already has.</source>
        <translation>
            <numerusform>Würde %Ln neuen Eintrag hinzufügen, %1 mit einer neueren Fassung aus der Datei aktualisieren und %2 überspringen, die das Tagebuch schon hat.</numerusform>
            <numerusform>Würde %Ln neue Einträge hinzufügen, %1 mit einer neueren Fassung aus der Datei aktualisieren und %2 überspringen, die das Tagebuch schon hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="35"/>
        <source>Added %Ln new entries, updated %1 with a newer copy from the file, skipped %2 the journal already has.</source>
        <translation>
            <numerusform>%Ln neuer Eintrag hinzugefügt, %1 mit einer neueren Fassung aus der Datei aktualisiert, %2 übersprungen, die das Tagebuch schon hat.</numerusform>
            <numerusform>%Ln neue Einträge hinzugefügt, %1 mit einer neueren Fassung aus der Datei aktualisiert, %2 übersprungen, die das Tagebuch schon hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="45"/>
        <source>Would add %Ln emotions and triggers new to this journal.</source>
        <translation>
            <numerusform>Würde %Ln Gefühl oder Auslöser hinzufügen, das in diesem Tagebuch neu ist.</numerusform>
            <numerusform>Würde %Ln Gefühle und Auslöser hinzufügen, die in diesem Tagebuch neu sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="50"/>
        <source>Added %Ln emotions and triggers new to this journal.</source>
        <translation>
            <numerusform>%Ln Gefühl oder Auslöser hinzugefügt, das in diesem Tagebuch neu ist.</numerusform>
            <numerusform>%Ln Gefühle und Auslöser hinzugefügt, die in diesem Tagebuch neu sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="56"/>
        <source>Would add %Ln weekly reflections, update %1.</source>
        <translation>
            <numerusform>Würde %Ln Wochenrückblick hinzufügen und %1 aktualisieren.</numerusform>
            <numerusform>Würde %Ln Wochenrückblicke hinzufügen und %1 aktualisieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_words.py" line="60"/>
        <source>Added %Ln weekly reflections, updated %1.</source>
        <translation>
            <numerusform>%Ln Wochenrückblick hinzugefügt, %1 aktualisiert.</numerusform>
            <numerusform>%Ln Wochenrückblicke hinzugefügt, %1 aktualisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../domain/insight_words.py" line="75"/>
        <location filename="../../ui/insights/insight_text.py" line="26"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="76"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="77"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="78"/>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="79"/>
        <source>{n} times</source>
        <translation>{n} Mal</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="93"/>
        <source>In the last 28 days you cried {count}; your usual is {usual} in 28 days. That is more than your usual.</source>
        <translation>In den letzten 28 Tagen hast du {count} geweint; üblich ist für dich {usual} in 28 Tagen. Das ist mehr als üblich für dich.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="98"/>
        <source>In the last 28 days you cried {count}; your usual is {usual} in 28 days. That is about as often as usual for you.</source>
        <translation>In den letzten 28 Tagen hast du {count} geweint; üblich ist für dich {usual} in 28 Tagen. Das ist etwa so oft wie üblich für dich.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="103"/>
        <source>In the last 28 days you cried {count}; your usual is {usual} in 28 days. That is less than your usual.</source>
        <translation>In den letzten 28 Tagen hast du {count} geweint; üblich ist für dich {usual} in 28 Tagen. Das ist weniger als üblich für dich.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="108"/>
        <source>{low} to {high} times</source>
        <translation>{low} bis {high} Mal</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="109"/>
        <source>about {n} times</source>
        <translation>etwa {n} Mal</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="132"/>
        <source>A change is shown only when it has lasted two weeks or more.</source>
        <translation>Eine Veränderung wird erst gezeigt, wenn sie zwei Wochen oder länger angehalten hat.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="137"/>
        <source>Crying was followed by feeling better {a_better} of {a_total} times {a_group}, and {b_better} of {b_total} times {b_group}.</source>
        <translation>Nach dem Weinen hast du dich {a_better} von {a_total} Malen besser gefühlt, {a_group}, und {b_better} von {b_total} Malen, {b_group}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="142"/>
        <source>Crying was followed by feeling better {better} of {total} times {group}.</source>
        <translation>Nach dem Weinen hast du dich {better} von {total} Malen besser gefühlt, {group}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="88"/>
        <source>In the last 28 days you cried {count}. Your usual range is still being learned: it appears once you have been writing for four weeks ({days} days so far).</source>
        <translation>In den letzten 28 Tagen hast du {count} geweint. Dein üblicher Bereich wird noch ermittelt: Er erscheint vier Wochen nach deinem ersten Eintrag (bisher sind es {days} Tage).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="81"/>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="82"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="83"/>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="84"/>
        <source>{weeks} weeks</source>
        <translation>{weeks} Wochen</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="85"/>
        <source>{n} emotions</source>
        <translation>{n} Gefühle</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="110"/>
        <source>Your usual range is how often you cried in a typical 28 days, leaving out the quietest and the heaviest stretches, from your entries over {period} ({episodes} times you cried).</source>
        <translation>Dein üblicher Bereich ist, wie oft du in typischen 28 Tagen geweint hast, ohne die ruhigsten und die schwersten Zeiten, nach deinen Einträgen von {period} ({episodes} Mal geweint).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="118"/>
        <source>For {weeks} weeks in a row you have cried more often than you usually do in a week: {counts} times in those weeks, where you usually cry {usual} a week.</source>
        <translation>{weeks} Wochen in Folge hast du öfter geweint, als du es sonst in einer Woche tust: in diesen Wochen {counts} Mal, während du sonst {usual} pro Woche weinst.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="124"/>
        <source>up to about {times}</source>
        <translation>bis zu etwa {times}</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="125"/>
        <source>less than once</source>
        <translation>weniger als einmal</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="126"/>
        <source>For the last two weeks your urge to cry has been stronger than usual for you: {recent} on average, on a scale from 0 (none) to 4 (overwhelming). Before that, it usually stayed at {high} or below.</source>
        <translation>In den letzten zwei Wochen war dein Drang zu weinen stärker als sonst bei dir: im Durchschnitt {recent} auf einer Skala von 0 (keiner) bis 4 (überwältigend). Davor lag er meist bei {high} oder darunter.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="145"/>
        <source>From {total} times you cried with the mood afterwards written down, {period}. This shows what went together with feeling better; it does not show why.</source>
        <translation>Aus {total} Einträgen, bei denen du geweint hast und die Stimmung danach eingetragen ist, {period}. Das zeigt, was damit einherging, sich danach besser zu fühlen; es zeigt nicht, warum.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="152"/>
        <source>when you were alone</source>
        <translation>wenn du allein warst</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="153"/>
        <source>when one person was with you</source>
        <translation>wenn eine Person bei dir war</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="154"/>
        <source>when several people were there</source>
        <translation>wenn mehrere Menschen da waren</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="157"/>
        <source>when someone comforted you</source>
        <translation>wenn dich jemand getröstet hat</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="158"/>
        <source>when others reacted neutrally</source>
        <translation>wenn andere neutral reagiert haben</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="159"/>
        <source>when others reacted unkindly</source>
        <translation>wenn andere unfreundlich reagiert haben</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="160"/>
        <source>when nobody noticed</source>
        <translation>wenn es niemand bemerkt hat</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="163"/>
        <source>when you held tears back</source>
        <translation>wenn du die Tränen zurückgehalten hast</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="164"/>
        <source>when you let the tears come</source>
        <translation>wenn du die Tränen zugelassen hast</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="167"/>
        <source>when you felt ashamed</source>
        <translation>wenn du dich geschämt hast</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="168"/>
        <source>when you did not feel ashamed</source>
        <translation>wenn du dich nicht geschämt hast</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="171"/>
        <source>when the situation was resolved or understood</source>
        <translation>wenn die Situation geklärt oder verstanden war</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="172"/>
        <source>when the situation was partly resolved</source>
        <translation>wenn die Situation teilweise geklärt war</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="173"/>
        <source>when the situation was not resolved</source>
        <translation>wenn die Situation nicht geklärt war</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="179"/>
        <source>Right after crying your mood averaged {after} out of 10; later it averaged {later} out of 10.</source>
        <translation>Direkt nach dem Weinen lag deine Stimmung im Durchschnitt bei {after} von 10, später bei {later} von 10.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="183"/>
        <source>From {total} times you cried with both moods written down, {period}. Mood often dips right after crying and recovers within an hour or so.</source>
        <translation>Aus {total} Malen, bei denen du geweint hast und beide Stimmungen eingetragen sind, {period}. Oft sinkt die Stimmung direkt nach dem Weinen und erholt sich innerhalb von etwa einer Stunde.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="194"/>
        <source>On days you cried, your mood averaged {crying}; on other days, {other}. The scale runs from -3 (unpleasant) to +3 (pleasant).</source>
        <translation>An Tagen, an denen du geweint hast, lag deine Stimmung im Durchschnitt bei {crying}, an anderen Tagen bei {other}. Die Skala reicht von -3 (unangenehm) bis +3 (angenehm).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="204"/>
        <source>{n} of the {total} times you cried came with being moved, joy or other pleasant feelings.</source>
        <translation>Bei {n} von {total} Malen, die du geweint hast, waren Rührung, Freude oder andere angenehme Gefühle dabei.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="211"/>
        <source>From {total} times you cried, {period}.</source>
        <translation>Aus {total} Einträgen, bei denen du geweint hast, {period}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="214"/>
        <source>Your mood averaged {before} in the two days before crying and {after} in the two days after. The scale runs from -3 (unpleasant) to +3 (pleasant).</source>
        <translation>Deine Stimmung lag in den zwei Tagen vor dem Weinen im Durchschnitt bei {before} und in den zwei Tagen danach bei {after}. Die Skala reicht von -3 (unangenehm) bis +3 (angenehm).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="251"/>
        <source>Days with no crying, no almost crying and no urge to cry, {period}. A stretch counts when you checked in on at least half of its days.</source>
        <translation>Tage, an denen du weder geweint noch fast geweint hast und keinen Drang zu weinen hattest, {period}. Eine solche Zeit zählt, wenn du an mindestens der Hälfte ihrer Tage einen Check-in gemacht hast.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="266"/>
        <source>From {days} days on which you noted emotions, {period}. Feeling a range of emotions, and not one for too long, has gone with feeling well.</source>
        <translation>Aus {days} Tagen, an denen du Gefühle eingetragen hast, {period}. Eine Vielfalt an Gefühlen, ohne dass eines zu lange anhält, ging mit Wohlbefinden einher.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="279"/>
        <source>In the last two weeks you noted more than once that feelings made daily life very hard. If it would help, you could talk about it with someone you trust, or with a professional.</source>
        <translation>In den letzten zwei Wochen hast du mehr als einmal eingetragen, dass Gefühle deinen Alltag sehr erschwert haben. Wenn es dir helfen würde, könntest du mit jemandem darüber sprechen, dem du vertraust, oder mit einer Fachperson.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="298"/>
        <source>In the week {period} you wrote something on {days} of its 7 days.</source>
        <translation>In der Woche vom {period} hast du an {days} von 7 Tagen etwas eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="301"/>
        <source>In the week {period} you wrote something today, its first day.</source>
        <translation>In der Woche vom {period} hast du heute, an ihrem ersten Tag, etwas eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="304"/>
        <source>In the week {period} you wrote something on {days} of its {so_far} days so far.</source>
        <translation>In der Woche vom {period} hast du bisher an {days} von {so_far} Tagen etwas eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="308"/>
        <source>You noted no crying on the days you wrote.</source>
        <translation>An den Tagen, an denen du etwas eingetragen hast, war kein Weinen dabei.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="310"/>
        <source>Your mood averaged {mood}. The scale runs from -3 (unpleasant) to +3 (pleasant).</source>
        <translation>Deine Stimmung lag im Durchschnitt bei {mood}. Die Skala reicht von -3 (unangenehm) bis +3 (angenehm).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="176"/>
        <source>when it came with {trigger}</source>
        <translation>wenn „{trigger}“ der Auslöser war</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="190"/>
        <source>The emotions that came with crying most often: {emotions}.</source>
        <translation>Die Gefühle, die am häufigsten mit dem Weinen einhergingen: {emotions}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="193"/>
        <source>{emotion} ({n} of {total})</source>
        <translation>{emotion} ({n} von {total})</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="199"/>
        <source>Over half of your tears came with being moved, joy or other pleasant feelings ({n} of {total}).</source>
        <translation>Bei mehr als der Hälfte deiner Tränen waren Rührung, Freude oder andere angenehme Gefühle dabei ({n} von {total}).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="208"/>
        <source>From {days} days with crying and a check-in, {period}.</source>
        <translation>Aus {days} Tagen mit Weinen und einem Check-in, {period}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="219"/>
        <source>From {days} crying days with check-ins around them, {period}.</source>
        <translation>Aus {days} Tagen mit Weinen und Check-ins rund um diese Tage, {period}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="224"/>
        <source>You cried most often {part}: {n} of {total} times.</source>
        <translation>Am häufigsten hast du {part} geweint: {n} von {total} Malen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="226"/>
        <source>in the morning (5:00 to 12:00)</source>
        <translation>morgens (5:00 bis 12:00)</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="227"/>
        <source>in the afternoon (12:00 to 17:00)</source>
        <translation>nachmittags (12:00 bis 17:00)</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="228"/>
        <source>in the evening (17:00 to 22:00)</source>
        <translation>abends (17:00 bis 22:00)</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="229"/>
        <source>at night (22:00 to 5:00)</source>
        <translation>nachts (22:00 bis 5:00)</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="231"/>
        <source>You cried more often on {weekday}s than on other days: {n} of {total} times.</source>
        <translation>An {weekday}en hast du öfter geweint als an anderen Tagen: {n} von {total} Malen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="234"/>
        <source>Across the week, crying was spread without one day standing out.</source>
        <translation>Über die Woche hat sich das Weinen verteilt, ohne dass ein Tag herausstach.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="239"/>
        <source>The last {days} days went by without tears or an urge to cry.</source>
        <translation>Die letzten {days} Tage vergingen ohne Tränen und ohne Drang zu weinen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="242"/>
        <source>Your longest stretch without tears or an urge to cry was {days} days ({period}).</source>
        <translation>Deine längste Zeit ohne Tränen und ohne Drang zu weinen waren {days} Tage ({period}).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="246"/>
        <source>You have not cried for {days} days, and your mood has been low through the last two weeks. How has that been for you?</source>
        <translation>Du hast seit {days} Tagen nicht geweint, und deine Stimmung war in den letzten zwei Wochen gedrückt. Wie ging es dir damit?</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="258"/>
        <source>In the last 28 days you noted {n} different emotions; {top} came up most.</source>
        <translation>In den letzten 28 Tagen hast du {n} verschiedene Gefühle eingetragen, am häufigsten {top}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="261"/>
        <source>They were spread fairly evenly.</source>
        <translation>Sie waren ziemlich gleichmäßig verteilt.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="262"/>
        <source>A few of them took up most of the room.</source>
        <translation>Einige wenige nahmen den meisten Raum ein.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="263"/>
        <source>{emotion} stayed strong for {days} days in a row ({period}).</source>
        <translation>{emotion} blieb {days} Tage am Stück stark ({period}).</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="273"/>
        <source>The last two weeks seem to have been heavy: more crying than usual for you, together with low mood. If it would help, you could talk about it with someone you trust, or with a professional.</source>
        <translation>Die letzten zwei Wochen scheinen schwer gewesen zu sein: mehr Weinen als sonst bei dir, zusammen mit gedrückter Stimmung. Wenn es dir helfen würde, könntest du mit jemandem darüber sprechen, dem du vertraust, oder mit einer Fachperson.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="286"/>
        <source>Not enough entries yet: this needs at least {n} {what}.</source>
        <translation>Noch nicht genug Einträge: Dafür braucht es mindestens {n} {what}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="289"/>
        <source>crying episodes</source>
        <translation>Einträge zum Weinen</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="290"/>
        <source>days with entries</source>
        <translation>Tage mit Einträgen</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="294"/>
        <source>Nothing was written down in the week {period}.</source>
        <translation>In der Woche vom {period} wurde nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="295"/>
        <source>Nothing has been written down yet in the week {period}.</source>
        <translation>In der Woche vom {period} wurde bisher nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="307"/>
        <source>You cried {cried}.</source>
        <translation>Geweint hast du {cried}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="309"/>
        <source>You almost cried {almost}.</source>
        <translation>Fast geweint hast du {almost}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="313"/>
        <source>The emotions you noted most: {emotions}.</source>
        <translation>Die Gefühle, die du am häufigsten eingetragen hast: {emotions}.</translation>
    </message>
    <message>
        <location filename="../../domain/insight_words.py" line="314"/>
        <source>What helped: {helped}.</source>
        <translation>Was geholfen hat: {helped}.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insight_text.py" line="44"/>
        <source>Show in the chart</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insight_text.py" line="45"/>
        <source>Show on the calendar</source>
        <translation>Im Kalender zeigen</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="116"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="118"/>
        <location filename="../../ui/insights/insights_view.py" line="197"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="126"/>
        <source>What your own entries show, mostly from the last six months. Each statement says what it rests on; none of them is a judgement.</source>
        <translation>Was deine eigenen Einträge zeigen, meist aus den letzten sechs Monaten. Jede Aussage nennt, worauf sie beruht; keine davon ist ein Urteil.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="171"/>
        <source>Nothing to show yet: the insights come from your entries.</source>
        <translation>Noch nichts zu zeigen: Die Einblicke entstehen aus deinen Einträgen.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="181"/>
        <source>Waiting for more entries: %1.</source>
        <translation>Wartet auf mehr Einträge: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="199"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="199"/>
        <source>Dismiss the invitation</source>
        <translation>Einladung ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="203"/>
        <source>the invitation</source>
        <translation>die Einladung</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="215"/>
        <source>The invitation will not come back for two weeks.</source>
        <translation>Die Einladung kommt zwei Wochen lang nicht wieder.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="44"/>
        <source>your usual range</source>
        <translation>dein üblicher Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="45"/>
        <source>relief by context</source>
        <translation>Erleichterung nach Situation</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="46"/>
        <source>mood right after and later</source>
        <translation>Stimmung direkt danach und später</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="47"/>
        <source>emotions around tears</source>
        <translation>Gefühle rund um Tränen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="48"/>
        <source>mood around crying days</source>
        <translation>Stimmung rund um Tage mit Weinen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="49"/>
        <source>time of day and weekday</source>
        <translation>Tageszeit und Wochentag</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="50"/>
        <source>balance across emotions</source>
        <translation>Gleichgewicht der Gefühle</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <location filename="../../ui/shell/journal_controller.py" line="141"/>
        <source>log %s</source>
        <translation>(%s hinzufügen)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_controller.py" line="147"/>
        <source>edit %s</source>
        <translation>(%s bearbeiten)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_controller.py" line="153"/>
        <source>delete %s</source>
        <translation>(%s löschen)</translation>
    </message>
</context>
<context>
    <name>JournalMenu</name>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="50"/>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="51"/>
        <source>&amp;Auto-lock...</source>
        <translation>&amp;Automatisch sperren...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="52"/>
        <source>&amp;Encrypt journal...</source>
        <translation>Tagebuch &amp;verschlüsseln...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="54"/>
        <source>Change &amp;passphrase...</source>
        <translation>&amp;Passphrase ändern...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="56"/>
        <source>&amp;Remove encryption...</source>
        <translation>Verschlüsselung &amp;entfernen...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="57"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="58"/>
        <source>Re&amp;store from backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="59"/>
        <source>&amp;Check the journal</source>
        <translation>&amp;Tagebuch prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="60"/>
        <source>&amp;Delete all my data...</source>
        <translation>Alle meine Daten &amp;löschen...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="159"/>
        <source>That is not the passphrase.</source>
        <translation>Das ist nicht die Passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="168"/>
        <source>Auto-lock</source>
        <translation>Automatisch sperren</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/journal_menu.py" line="169"/>
        <source>Lock the window after this many minutes without use (0: never):</source>
        <translation>Fenster nach so vielen Minuten ohne Nutzung sperren (0: nie):</translation>
    </message>
</context>
<context>
    <name>JournalUse</name>
    <message>
        <location filename="../../store/journal_use.py" line="38"/>
        <source>Another moodapp has been replacing {name} (restoring a backup, or changing its encryption) for over {wait}. Try again when it has finished; nothing was changed.</source>
        <translation>Ein anderes moodapp ersetzt {name} (es stellt eine Sicherung wieder her oder ändert die Verschlüsselung) schon seit über {wait}. Versuche es noch einmal, wenn es fertig ist; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../store/journal_use.py" line="43"/>
        <source>Other moodapp commands kept the journal open for over {wait}, so it was not replaced; nothing was changed. Try again when they have finished.</source>
        <translation>Andere moodapp-Befehle hielten das Tagebuch seit über {wait} offen, darum wurde es nicht ersetzt; es wurde nichts geändert. Versuche es noch einmal, wenn sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../../store/journal_use.py" line="48"/>
        <source>a minute</source>
        <translation>einer Minute</translation>
    </message>
    <message>
        <location filename="../../store/journal_use.py" line="49"/>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/privacy/lock.py" line="22"/>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/lock.py" line="26"/>
        <source>Enter your passphrase to see it again.</source>
        <translation>Gib deine Passphrase ein, um es wieder zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/lock.py" line="27"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/lock.py" line="30"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/lock.py" line="31"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="75"/>
        <source>Demo journal (made-up entries, deleted when you close the app)</source>
        <translation>Demo-Tagebuch (erfundene Einträge, beim Schließen gelöscht)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="82"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="80"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="80"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="81"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="81"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="168"/>
        <source>Country for help lines not kept</source>
        <translation>Land für Hilfetelefone nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="182"/>
        <location filename="../../ui/shell/main_window.py" line="190"/>
        <location filename="../../ui/shell/main_window.py" line="201"/>
        <source>Starting at login not changed</source>
        <translation>Start bei der Anmeldung nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="184"/>
        <source>%1 is there already and moodapp did not write it, so it was left as it is.</source>
        <translation>%1 ist schon da und stammt nicht von moodapp, deshalb blieb es, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="192"/>
        <source>The moodapp command was not found, so there is nothing to start when you log in. Start moodapp from its installed command and try again.</source>
        <translation>Der Befehl moodapp wurde nicht gefunden, daher gibt es bei der Anmeldung nichts zu starten. Starte moodapp über seinen installierten Befehl und versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="202"/>
        <source>%1 could not be written or removed: %2</source>
        <translation>%1 konnte nicht geschrieben oder entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="260"/>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="364"/>
        <source>%1 brings back your search.</source>
        <translation>%1 holt deine Suche zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="409"/>
        <source>About moodapp</source>
        <translation>Über moodapp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="411"/>
        <source>&lt;h3&gt;moodapp %1&lt;/h3&gt;&lt;p&gt;A private, offline journal for moods and crying.&lt;/p&gt;&lt;p&gt;Your journal is kept only on this computer, in&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;moodapp %1&lt;/h3&gt;&lt;p&gt;Ein privates Offline-Tagebuch für Stimmungen und Weinen.&lt;/p&gt;&lt;p&gt;Dein Tagebuch wird nur auf diesem Computer aufbewahrt, in&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="423"/>
        <source>Could not undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/shell/menus.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="50"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="51"/>
        <source>&amp;Export journal...</source>
        <translation>Tagebuch &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="52"/>
        <source>&amp;Report to share...</source>
        <translation>Bericht zum &amp;Weitergeben...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="63"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="65"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>&amp;Find in journal...</source>
        <translation>Im Tagebuch &amp;suchen...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="78"/>
        <source>Emotions and &amp;triggers...</source>
        <translation>Gefühle und &amp;Auslöser...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="81"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="90"/>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="90"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="90"/>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="90"/>
        <source>&amp;Insights</source>
        <translation>E&amp;inblicke</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="96"/>
        <source>E&amp;ntry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="99"/>
        <source>Log &amp;crying episode</source>
        <translation>&amp;Weinen eintragen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="101"/>
        <source>New &amp;check-in</source>
        <translation>Neuer &amp;Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="106"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="109"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="110"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="113"/>
        <source>&amp;How moodapp works</source>
        <translation>&amp;So funktioniert moodapp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="119"/>
        <source>&amp;Welcome to moodapp</source>
        <translation>&amp;Willkommen bei moodapp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="122"/>
        <source>&amp;About moodapp</source>
        <translation>Ü&amp;ber moodapp</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../ui/calendar/month_grid.py" line="195"/>
        <source>Arrows move by day and week, Page Up and Page Down by month, Home goes to today.</source>
        <translation>Die Pfeiltasten gehen tage- und wochenweise, Bild auf und Bild ab monatsweise, Pos1 springt zu heute.</translation>
    </message>
</context>
<context>
    <name>NeedHelpDialog</name>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="55"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="57"/>
        <source>If you are in crisis</source>
        <translation>Wenn du in einer Krise bist</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="58"/>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="60"/>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="63"/>
        <source>Helplines in other countries</source>
        <translation>Hilfetelefone in anderen Ländern</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="78"/>
        <source>Lines in another country</source>
        <translation>Hilfetelefone in einem anderen Land</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="79"/>
        <source>Choose a country...</source>
        <translation>Land wählen...</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="83"/>
        <source>Lines in the country chosen</source>
        <translation>Hilfetelefone im gewählten Land</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/help/need_help_dialog.py" line="94"/>
        <source>Another country:</source>
        <translation>Anderes Land:</translation>
    </message>
    <message>
        <location filename="../../ui/help/help_lines_text.py" line="25"/>
        <source>&lt;h3&gt;If you are in crisis, or thinking about harming yourself&lt;/h3&gt;
&lt;p&gt;Please reach out to someone now. You deserve support, and you do not have to go through this alone.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;Wenn du in einer Krise bist oder daran denkst, dir etwas anzutun&lt;/h3&gt;
&lt;p&gt;Bitte wende dich jetzt an jemanden. Du verdienst Unterstützung, und du musst da nicht allein durch.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="86"/>
        <source>There is no way to recover a forgotten passphrase: without it, your journal and its backups cannot be read by anyone, you included. Keep it somewhere safe, such as a password manager.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Ohne sie kann niemand dein Tagebuch und seine Sicherungen lesen, auch du nicht. Bewahre sie sicher auf, zum Beispiel in einem Passwort-Manager.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="93"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="94"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="95"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="96"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="100"/>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="101"/>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="102"/>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="118"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>OpenJournal</name>
    <message>
        <location filename="../../store/bound_database.py" line="29"/>
        <source>{open} is open in this process: close it before opening {path}.</source>
        <translation>{open} ist in diesem Prozess geöffnet: schließe es, bevor du {path} öffnest.</translation>
    </message>
    <message>
        <location filename="../../store/journal_file.py" line="23"/>
        <source>cannot be looked at ({said}).</source>
        <translation>kann nicht angesehen werden ({said}).</translation>
    </message>
    <message>
        <location filename="../../store/journal_file.py" line="24"/>
        <source>is a folder, not a journal file.</source>
        <translation>ist ein Ordner, keine Tagebuchdatei.</translation>
    </message>
    <message>
        <location filename="../../store/journal_file.py" line="25"/>
        <source>is not an ordinary file (it is a device, a pipe or a socket), so it is no journal.</source>
        <translation>ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und darum kein Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../store/journal_file.py" line="29"/>
        <source>cannot be read: its permissions do not allow it.</source>
        <translation>kann nicht gelesen werden: die Zugriffsrechte erlauben es nicht.</translation>
    </message>
    <message>
        <location filename="../../store/journal_file.py" line="30"/>
        <source>is a link to {target}. moodapp opens a journal only where it is, never through a link, so that nothing it writes lands anywhere else. Put the journal file itself in its place, or give moodapp its folder with --data-dir.</source>
        <translation>ist eine Verknüpfung zu {target}. moodapp öffnet ein Tagebuch nur dort, wo es liegt, nie über eine Verknüpfung, damit nichts, was es schreibt, woanders landet. Lege die Tagebuchdatei selbst an diese Stelle, oder gib moodapp ihren Ordner mit --data-dir an.</translation>
    </message>
    <message>
        <location filename="../../store/journal_file.py" line="36"/>
        <source>{target}, which does not exist</source>
        <translation>{target}, das es nicht gibt</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="54"/>
        <source>{path} {problem} It was left as it is.</source>
        <translation>{path} {problem} Die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="55"/>
        <source>{path} could not be opened</source>
        <translation>{path} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="56"/>
        <source>{path} could not be made</source>
        <translation>{path} konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="57"/>
        <source>is damaged: {problems}.</source>
        <translation>ist beschädigt: {problems}.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="58"/>
        <source>is damaged: SQLite&apos;s check found {problems}.</source>
        <translation>ist beschädigt: Die Prüfung von SQLite fand {problems}.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="59"/>
        <source>is damaged: it lacks {problems}.</source>
        <translation>ist beschädigt: Es fehlt {problems}.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="60"/>
        <source>is damaged and could not be read (SQLite says: {said}).</source>
        <translation>ist beschädigt und konnte nicht gelesen werden (SQLite meldet: {said}).</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="88"/>
        <source>{path} could not be opened: {said}</source>
        <translation>{path} konnte nicht geöffnet werden: {said}</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="89"/>
        <source>{path} could not be made: {said}</source>
        <translation>{path} konnte nicht angelegt werden: {said}</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="90"/>
        <source>{path} cannot hold a journal: {said}.</source>
        <translation>{path} kann kein Tagebuch aufnehmen: {said}.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="91"/>
        <source>is empty: it holds no journal (only a missing one is made anew).</source>
        <translation>ist leer: Sie enthält kein Tagebuch (nur ein fehlendes wird neu angelegt).</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="94"/>
        <source>is encrypted (or is not a journal at all): its passphrase is needed to open it.</source>
        <translation>ist verschlüsselt (oder gar kein Tagebuch): Zum Öffnen wird die Passphrase gebraucht.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="98"/>
        <source>needs an update by this version of moodapp, but {why}. Allow writing to it, then open it again.</source>
        <translation>muss von dieser Version von moodapp aktualisiert werden, aber {why}. Erlaube das Schreiben und öffne es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="103"/>
        <source>That passphrase does not open the journal. Please try again. (A file that is not a moodapp journal at all cannot be told apart from a wrong passphrase.)</source>
        <translation>Diese Passphrase öffnet das Tagebuch nicht. Bitte versuche es noch einmal. (Eine Datei, die gar kein Tagebuch von moodapp ist, lässt sich von einer falschen Passphrase nicht unterscheiden.)</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="108"/>
        <source>was found damaged when it was last read, and has not changed.</source>
        <translation>wurde beim letzten Lesen beschädigt gefunden und hat sich seitdem nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="111"/>
        <source>is an SQLite database, but not a moodapp journal.</source>
        <translation>ist eine SQLite-Datenbank, aber kein Tagebuch von moodapp.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="114"/>
        <source>{path} was written by a newer version of moodapp (it has changes this version does not know: {changes}). Please update moodapp; the journal was left as it is.</source>
        <translation>{path} wurde von einer neueren Version von moodapp geschrieben (es hat Änderungen, die diese Version nicht kennt: {changes}). Bitte aktualisiere moodapp; das Tagebuch blieb, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="119"/>
        <source>is damaged: the names of its tables cannot be read.</source>
        <translation>ist beschädigt: Die Namen ihrer Tabellen können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="123"/>
        <source>SQLite&apos;s check of the file found damage</source>
        <translation>die Prüfung der Datei durch SQLite fand Schäden</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="124"/>
        <source>SQLite says: {said}</source>
        <translation>SQLite meldet: {said}</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="125"/>
        <source>some of its text is not valid text</source>
        <translation>ein Teil ihres Textes ist kein gültiger Text</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="126"/>
        <source>{path} is damaged: reading it failed ({how}). Nothing more was written to it, and it was left as it is.</source>
        <translation>{path} ist beschädigt: Das Lesen schlug fehl ({how}). Es wurde nichts mehr hineingeschrieben, und die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../store/open_errors.py" line="131"/>
        <source>{path} does not exist, and cannot be made: {why}.</source>
        <translation>{path} gibt es nicht, und es kann nicht angelegt werden: {why}.</translation>
    </message>
</context>
<context>
    <name>OverTimeChart</name>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="89"/>
        <source>crying %1, almost crying %2</source>
        <translation>%1 geweint, %2 fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="95"/>
        <source>Nothing was written down in this period.</source>
        <translation>In diesem Zeitraum wurde nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="105"/>
        <source>crying episodes %1</source>
        <translation>Weinen %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="197"/>
        <source>your usual range</source>
        <translation>dein üblicher Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="206"/>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="214"/>
        <source>cried</source>
        <translation>geweint</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="207"/>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="215"/>
        <source>almost cried</source>
        <translation>fast geweint</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="167"/>
        <source>%1 crying episodes, %2 almost, %3 %4.</source>
        <translation>%1 Mal geweint, %2 Mal fast geweint, %3 %4.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="113"/>
        <source>emotion in check-ins, 0-4</source>
        <translation>Gefühl in Check-ins, 0-4</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="121"/>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="122"/>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="123"/>
        <location filename="../../ui/charts/plots/over_time_chart.py" line="305"/>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_text.py" line="33"/>
        <source>Cried: %1, almost cried: %2</source>
        <translation>Geweint: %1, fast geweint: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_text.py" line="46"/>
        <source>Mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/over_time_text.py" line="48"/>
        <source>No check-in</source>
        <translation>Kein Check-in</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../services/privacy.py" line="44"/>
        <source>The journal is encrypted already.</source>
        <translation>Das Tagebuch ist schon verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="45"/>
        <source>The journal is not encrypted.</source>
        <translation>Das Tagebuch ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="46"/>
        <source>That is not the journal&apos;s current passphrase.</source>
        <translation>Das ist nicht die aktuelle Passphrase des Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../../store/crypto.py" line="63"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../store/crypto.py" line="64"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation>Eine Passphrase darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="40"/>
        <source>Open your journal</source>
        <translation>Dein Tagebuch öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="41"/>
        <source>Your journal is encrypted. Enter its passphrase to open it.</source>
        <translation>Dein Tagebuch ist verschlüsselt. Gib seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="43"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="44"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="48"/>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="49"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="51"/>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="52"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="58"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="63"/>
        <source>I never set a passphrase</source>
        <translation>Ich habe nie eine Passphrase festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passphrase_dialog.py" line="63"/>
        <source>Never set</source>
        <translation>Nie festgelegt</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/common/period_picker.py" line="20"/>
        <source>The whole journal</source>
        <translation>Das ganze Tagebuch</translation>
    </message>
    <message>
        <location filename="../../ui/common/period_picker.py" line="25"/>
        <location filename="../../ui/common/period_picker.py" line="29"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/common/period_picker.py" line="27"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/common/period_picker.py" line="29"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/common/period_picker.py" line="58"/>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress_window.py" line="23"/>
        <source>Going through entries...</source>
        <translation>Einträge werden durchgesehen...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="24"/>
        <source>Reading rows...</source>
        <translation>Zeilen werden gelesen...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="25"/>
        <source>Checking entries...</source>
        <translation>Einträge werden geprüft...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="26"/>
        <source>Saving entries...</source>
        <translation>Einträge werden gespeichert...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="27"/>
        <source>Writing tables...</source>
        <translation>Tabellen werden geschrieben...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="28"/>
        <source>Drawing the charts...</source>
        <translation>Diagramme werden gezeichnet...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="29"/>
        <source>Laying out the pages...</source>
        <translation>Seiten werden gesetzt...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="30"/>
        <source>Writing the pages...</source>
        <translation>Seiten werden geschrieben...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="33"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_window.py" line="34"/>
        <source>Working...</source>
        <translation>Einen Moment...</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="31"/>
        <source>moodapp cannot open your journal</source>
        <translation>moodapp kann dein Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="37"/>
        <source>Nothing has been changed or deleted. If you go on, the unreadable file is moved aside in the same folder, and a readable copy takes its place.</source>
        <translation>Es wurde nichts verändert oder gelöscht. Wenn du fortfährst, wird die unlesbare Datei im selben Ordner beiseitegelegt, und eine lesbare Kopie tritt an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="49"/>
        <source>Open the newest good backup (%1, 1 entry)</source>
        <translation>Die neueste intakte Sicherung öffnen (%1, 1 Eintrag)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="51"/>
        <source>Open the newest good backup (%1, %2 entries)</source>
        <translation>Die neueste intakte Sicherung öffnen (%1, %2 Einträge)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="56"/>
        <source>Open the newest good backup</source>
        <translation>Die neueste intakte Sicherung öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="61"/>
        <source>There is no readable backup.</source>
        <translation>Es gibt keine lesbare Sicherung.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="63"/>
        <source>Start a new, empty journal</source>
        <translation>Ein neues, leeres Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="64"/>
        <source>Start a new journal</source>
        <translation>Ein neues Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="69"/>
        <source>Choose another journal file...</source>
        <translation>Andere Tagebuchdatei wählen...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="70"/>
        <source>Choose another journal file</source>
        <translation>Andere Tagebuchdatei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/recovery_dialog.py" line="73"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ReliefChart</name>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="42"/>
        <source>by %1</source>
        <translation>aufgeteilt nach: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="47"/>
        <source>Not enough episodes with the mood afterwards written down: a group needs %1.</source>
        <translation>Nicht genug Einträge mit eingetragener Stimmung danach: Eine Gruppe braucht %1.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="70"/>
        <source>felt better</source>
        <translation>besser gefühlt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="71"/>
        <source>felt the same</source>
        <translation>genauso gefühlt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="72"/>
        <source>felt worse</source>
        <translation>schlechter gefühlt</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="86"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="93"/>
        <source>% of the episodes in each group</source>
        <translation>% der Einträge jeder Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="108"/>
        <source>Feeling better afterwards went most often with: %1 (%2%).</source>
        <translation>Sich danach besser zu fühlen ging am häufigsten einher mit: %1 (%2 %).</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="131"/>
        <source>Not shown, fewer than %1 episodes: %2</source>
        <translation>Nicht gezeigt, weniger als %1 Einträge: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="136"/>
        <source>%1 episodes without the mood afterwards are left out.</source>
        <translation>%1 Einträge ohne eingetragene Stimmung danach sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/relief_chart.py" line="147"/>
        <source>%1 (%2 episodes)
better %3, the same %4, worse %5</source>
        <translation>%1 (%2 Einträge)
besser %3, genauso %4, schlechter %5</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../ui/shell/reminder.py" line="119"/>
        <source>How are you today?</source>
        <translation>Wie geht es dir heute?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="122"/>
        <source>A short check-in takes a minute.</source>
        <translation>Ein kurzer Check-in dauert eine Minute.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="124"/>
        <source>Check in now</source>
        <translation>Jetzt Check-in machen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="126"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../domain/report.py" line="80"/>
        <source>Mood and crying journal</source>
        <translation>Tagebuch über Stimmung und Weinen</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="81"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="82"/>
        <source>Made on {date}.</source>
        <translation>Erstellt am {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="83"/>
        <source>These are my own entries, written down as I lived them. This report describes what I wrote; it does not judge or interpret it.</source>
        <translation>Dies sind meine eigenen Einträge, so aufgeschrieben, wie ich es erlebt habe. Dieser Bericht beschreibt, was ich geschrieben habe; er bewertet oder deutet es nicht.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="88"/>
        <source>No entries in this period.</source>
        <translation>Keine Einträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="90"/>
        <source>In numbers</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="91"/>
        <source>Days in this period</source>
        <translation>Tage in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="92"/>
        <source>Days with an entry</source>
        <translation>Tage mit einem Eintrag</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="93"/>
        <source>Times I cried</source>
        <translation>Wie oft ich geweint habe</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="94"/>
        <source>Times I almost cried</source>
        <translation>Wie oft ich fast geweint habe</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="95"/>
        <source>Days with crying</source>
        <translation>Tage mit Weinen</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="96"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="97"/>
        <source>Days marked “no crying today”</source>
        <translation>Tage mit „heute nicht geweint“</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="98"/>
        <source>Mood in check-ins, on average</source>
        <translation>Stimmung in Check-ins, im Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="99"/>
        <source>{mood} (from −3 unpleasant to +3 pleasant)</source>
        <translation>{mood} (von −3 unangenehm bis +3 angenehm)</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="100"/>
        <source>no check-ins</source>
        <translation>keine Check-ins</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="102"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="104"/>
        <source>Bars count crying and almost crying; lines show how strongly the emotions I noted most were felt in check-ins; the strip below shows mood.</source>
        <translation>Die Balken zählen Weinen und fast Weinen; die Linien zeigen, wie stark die Gefühle, die ich am häufigsten eingetragen habe, in Check-ins waren; der Streifen darunter zeigt die Stimmung.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="109"/>
        <source>How often each emotion was part of crying, beside how often it was felt on days without crying.</source>
        <translation>Wie oft jedes Gefühl beim Weinen dabei war, neben der Häufigkeit an Tagen ohne Weinen.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="114"/>
        <source>Whether crying was followed by feeling better, the same or worse, by how others reacted.</source>
        <translation>Ob ich mich nach dem Weinen besser, genauso oder schlechter gefühlt habe, aufgeteilt danach, wie andere reagiert haben.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="118"/>
        <source>Crying by hour of the day and by day of the week.</source>
        <translation>Weinen nach Tageszeit und nach Wochentag.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="123"/>
        <source>Nothing was written down in this period.</source>
        <translation>In diesem Zeitraum wurde nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="126"/>
        <location filename="../../domain/report.py" line="132"/>
        <source>No crying episodes in this period.</source>
        <translation>In diesem Zeitraum ist kein Weinen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="127"/>
        <source>Not enough crying episodes with the mood afterwards written down for this chart: a group needs {minimum}.</source>
        <translation>Für dieses Diagramm gibt es nicht genug Einträge zum Weinen mit eingetragener Stimmung danach: Eine Gruppe braucht {minimum}.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="135"/>
        <source>Feeling after crying, by situation</source>
        <translation>Befinden nach dem Weinen, je nach Situation</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="136"/>
        <source>Crying is not always followed by feeling better; how it feels afterwards can differ from one situation to another. For each kind of situation, the table counts how often crying was followed by feeling better, the same or worse.</source>
        <translation>Nach dem Weinen geht es einem nicht immer besser; wie es sich danach anfühlt, kann von Situation zu Situation verschieden sein. Die Tabelle zählt für jede Art von Situation, wie oft ich mich nach dem Weinen besser, genauso oder schlechter gefühlt habe.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="142"/>
        <source>This shows what went together with feeling better; it does not show why.</source>
        <translation>Das zeigt, was damit einherging, sich danach besser zu fühlen; es zeigt nicht, warum.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="145"/>
        <source>Groups with fewer than {minimum} episodes are named without being split, as so few episodes say little.</source>
        <translation>Gruppen mit weniger als {minimum} Einträgen werden genannt, aber nicht aufgeteilt, da so wenige Einträge wenig aussagen.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="150"/>
        <source>Crying episodes without the mood afterwards written down are left out: {count}.</source>
        <translation>Einträge zum Weinen ohne eingetragene Stimmung danach sind nicht enthalten: {count}.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="153"/>
        <source>No crying episodes with the mood afterwards written down in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Einträge zum Weinen mit eingetragener Stimmung danach.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="156"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="157"/>
        <source>Episodes</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="158"/>
        <source>Felt better</source>
        <translation>Besser gefühlt</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="159"/>
        <source>Felt the same</source>
        <translation>Genauso gefühlt</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="160"/>
        <source>Felt worse</source>
        <translation>Schlechter gefühlt</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="161"/>
        <source>{count} ({percent}%)</source>
        <translation>{count} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="162"/>
        <source>too few to split</source>
        <translation>zu wenige zum Aufteilen</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="163"/>
        <source>not written down</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="165"/>
        <source>Weekly notes</source>
        <translation>Wochennotizen</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="166"/>
        <source>Week ending {date}</source>
        <translation>Woche bis {date}</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="167"/>
        <source>No weekly notes in this period.</source>
        <translation>Keine Wochennotizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../domain/report.py" line="169"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ReportRequestDialog</name>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="31"/>
        <source>Report to share</source>
        <translation>Bericht zum Weitergeben</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="35"/>
        <source>A PDF to print or to share with someone you trust, such as a therapist: the period&apos;s counts, the four charts and how you felt after crying.</source>
        <translation>Ein PDF zum Ausdrucken oder zum Weitergeben an jemanden, dem du vertraust, etwa an deine Therapeutin oder deinen Therapeuten: die Zahlen des Zeitraums, die vier Diagramme und wie du dich nach dem Weinen gefühlt hast.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="43"/>
        <source>Include my weekly notes</source>
        <translation>Meine Wochennotizen einbeziehen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="43"/>
        <source>Include notes</source>
        <translation>Notizen einbeziehen</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="46"/>
        <source>Your notes are private; they are left out unless you tick this.</source>
        <translation>Deine Notizen sind privat; sie kommen nur in den Bericht, wenn du das hier anhakst.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="50"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="50"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="54"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="57"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="72"/>
        <source>moodapp-report-%1-to-%2.pdf</source>
        <translation>moodapp-bericht-%1-bis-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/insights/report_dialog.py" line="76"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="24"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="25"/>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="26"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="27"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="28"/>
        <source>before encrypting</source>
        <translation>vor dem Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="29"/>
        <source>before a new passphrase</source>
        <translation>vor einer neuen Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="30"/>
        <source>before removing encryption</source>
        <translation>vor dem Entfernen der Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="32"/>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="38"/>
        <location filename="../../ui/privacy/restore_dialog.py" line="102"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="42"/>
        <source>Choose a backup to put in the journal&apos;s place. The journal as it is now is backed up first, so you can come back to it the same way.</source>
        <translation>Wähle eine Sicherung, die an die Stelle des Tagebuchs treten soll. Das Tagebuch, wie es jetzt ist, wird vorher gesichert, sodass du auf demselben Weg dahin zurückkehren kannst.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="61"/>
        <source>Restore...</source>
        <translation>Wiederherstellen...</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="63"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="71"/>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="83"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/restore_dialog.py" line="88"/>
        <source>%1 (%2): %Ln entries</source>
        <translation>
            <numerusform>%1 (%2): %Ln Eintrag</numerusform>
            <numerusform>%1 (%2): %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/restore_dialog.py" line="103"/>
        <source>Replace the journal with this backup?

%1</source>
        <translation>Das Tagebuch durch diese Sicherung ersetzen?

%1</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="33"/>
        <source>Some backups were left as they were</source>
        <translation>Einige Sicherungen blieben, wie sie waren</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="34"/>
        <source>These backups could not be changed (they may be damaged):
%1</source>
        <translation>Diese Sicherungen ließen sich nicht ändern (sie sind vielleicht beschädigt):
%1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="41"/>
        <source>Some files are not encrypted</source>
        <translation>Einige Dateien sind nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="42"/>
        <source>These files still hold a copy of the journal that is not encrypted. They could not be read to be encrypted, so they were left as they are; delete them once you are sure you do not need them:
%1</source>
        <translation>Diese Dateien enthalten noch eine unverschlüsselte Kopie des Tagebuchs. Sie konnten zum Verschlüsseln nicht gelesen werden und wurden daher gelassen, wie sie sind; lösche sie, sobald du sicher bist, dass du sie nicht brauchst:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="49"/>
        <source>The journal is encrypted, but some files are not: see the message.</source>
        <translation>Das Tagebuch ist verschlüsselt, einige Dateien aber nicht: siehe die Meldung.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="63"/>
        <source>Encrypt journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="72"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="74"/>
        <source>The journal and its backups are encrypted.</source>
        <translation>Das Tagebuch und seine Sicherungen sind verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="80"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="89"/>
        <source>Passphrase not changed</source>
        <translation>Passphrase nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="93"/>
        <source>The journal and its backups have the new passphrase.</source>
        <translation>Das Tagebuch und seine Sicherungen haben die neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="100"/>
        <source>Remove encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="101"/>
        <source>Anyone who can read your files will be able to read the journal and its backups. Enter the passphrase to remove the encryption:</source>
        <translation>Danach kann jeder, der deine Dateien lesen kann, auch das Tagebuch und seine Sicherungen lesen. Gib die Passphrase ein, um die Verschlüsselung zu entfernen:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="115"/>
        <source>Encryption not removed</source>
        <translation>Verschlüsselung nicht entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="119"/>
        <source>The journal and its backups are no longer encrypted.</source>
        <translation>Das Tagebuch und seine Sicherungen sind nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="127"/>
        <source>No backup made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="128"/>
        <source>Backed up the journal to %1.</source>
        <translation>Tagebuch gesichert unter %1.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="141"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="142"/>
        <source>Restored the backup. The journal as it was is kept as the backup %1.</source>
        <translation>Sicherung wiederhergestellt. Das Tagebuch, wie es vorher war, bleibt als Sicherung %1 erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="153"/>
        <location filename="../../ui/privacy/safety_actions.py" line="159"/>
        <source>Journal check</source>
        <translation>Tagebuch prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="154"/>
        <source>The journal is whole: the check found no problem.</source>
        <translation>Das Tagebuch ist vollständig: Die Prüfung hat kein Problem gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="156"/>
        <source>The journal check found no problem.</source>
        <translation>Die Prüfung des Tagebuchs hat kein Problem gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="160"/>
        <source>The check found problems:
%1

Nothing was changed. Journal &gt; Restore from backup puts a backup in the journal&apos;s place.</source>
        <translation>Die Prüfung hat Probleme gefunden:
%1

Es wurde nichts verändert. Tagebuch &gt; Aus Sicherung wiederherstellen setzt eine Sicherung an die Stelle des Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="166"/>
        <source>The journal check found problems.</source>
        <translation>Die Prüfung des Tagebuchs hat Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="173"/>
        <source>delete</source>
        <comment>the word typed to confirm</comment>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="176"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="177"/>
        <source>This removes your journal, all its backups and moodapp&apos;s settings from this computer. It cannot be undone. Type %1 to go on:</source>
        <translation>Das entfernt dein Tagebuch, alle seine Sicherungen und die Einstellungen von moodapp von diesem Computer. Das lässt sich nicht rückgängig machen. Tippe %1 ein, um fortzufahren:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="187"/>
        <source>(there was nothing to remove)</source>
        <translation>(es gab nichts zu entfernen)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="192"/>
        <source>Your data was deleted</source>
        <translation>Deine Daten wurden gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/safety_actions.py" line="193"/>
        <source>Removed:
%1

moodapp will close now.</source>
        <translation>Entfernt:
%1

moodapp wird jetzt geschlossen.</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <location filename="../../ui/common/save_as.py" line="25"/>
        <source>Save as...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_as.py" line="27"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../domain/entries.py" line="50"/>
        <source>eyes welled</source>
        <translation>feuchte Augen</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="51"/>
        <source>a few tears</source>
        <translation>ein paar Tränen</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="52"/>
        <source>steady tears</source>
        <translation>anhaltende Tränen</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="53"/>
        <source>crying hard</source>
        <translation>heftiges Weinen</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="54"/>
        <source>sobbing</source>
        <translation>Schluchzen</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="58"/>
        <location filename="../../domain/entries.py" line="74"/>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="59"/>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="60"/>
        <location filename="../../domain/entries.py" line="75"/>
        <source>somewhat</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="61"/>
        <source>strongly</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="62"/>
        <source>very strongly</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="66"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="67"/>
        <source>slight</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="68"/>
        <source>some</source>
        <translation>etwas</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="69"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="70"/>
        <source>overwhelming</source>
        <translation>überwältigend</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="76"/>
        <source>very</source>
        <translation>sehr</translation>
    </message>
    <message>
        <location filename="../../domain/entries.py" line="77"/>
        <source>extremely</source>
        <translation>äußerst</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="71"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="85"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="86"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="89"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="90"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="94"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="47"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="48"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="49"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="186"/>
        <source>Theme:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="96"/>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="58"/>
        <source>As the language sets it (%1)</source>
        <translation>Wie in der Spracheinstellung (%1)</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="192"/>
        <source>Weeks start on:</source>
        <translation>Wochen beginnen am:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="71"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="99"/>
        <source>Country for help lines</source>
        <translation>Land für Hilfetelefone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="76"/>
        <source>As the system sets it (%1)</source>
        <translation>Wie im System eingestellt (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="100"/>
        <source>&quot;Need help now?&quot; shows the crisis lines of this country first.</source>
        <translation>„Brauchst du jetzt Hilfe?“ zeigt die Krisentelefone dieses Landes zuerst.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="178"/>
        <source>Country for help lines:</source>
        <translation>Land für Hilfetelefone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="138"/>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="139"/>
        <source>Edit emotions and triggers</source>
        <translation>Gefühle und Auslöser bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="140"/>
        <source>Opens their own window; changes there are saved at once.</source>
        <translation>Öffnet ein eigenes Fenster; Änderungen dort werden sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="143"/>
        <source>Emotions and triggers:</source>
        <translation>Gefühle und Auslöser:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="144"/>
        <source>Journal folder</source>
        <translation>Ordner des Tagebuchs</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="148"/>
        <source>Open in file manager</source>
        <translation>Im Dateimanager öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="153"/>
        <source>Your journal is kept in:</source>
        <translation>Dein Tagebuch liegt in:</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="197"/>
        <source>Remind me to check in every day</source>
        <translation>Mich jeden Tag an den Check-in erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="105"/>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="106"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="202"/>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="207"/>
        <source>Keep moodapp running in the tray when its window is closed</source>
        <translation>moodapp im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="107"/>
        <source>Keep in tray</source>
        <translation>Im Infobereich behalten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="165"/>
        <source>The reminder comes as a notification from the tray icon; clicking it opens a check-in.</source>
        <translation>Die Erinnerung kommt als Benachrichtigung vom Symbol im Infobereich; ein Klick darauf öffnet einen Check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="170"/>
        <source>No system tray was found on this desktop, so the reminder shows only while moodapp is open.</source>
        <translation>Auf diesem Desktop wurde kein Infobereich gefunden, daher erscheint die Erinnerung nur, solange moodapp geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="174"/>
        <source>About the tray</source>
        <translation>Zum Infobereich</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="178"/>
        <location filename="../../ui/settings/settings_dialog.py" line="179"/>
        <source>Start moodapp when I log in</source>
        <translation>moodapp bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="186"/>
        <source>%1 is there already and moodapp did not write it, so moodapp leaves it as it is.</source>
        <translation>%1 ist schon da und stammt nicht von moodapp, deshalb lässt moodapp es, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="189"/>
        <source>moodapp cannot start itself when you log in on this system.</source>
        <translation>Auf diesem System kann moodapp sich bei der Anmeldung nicht selbst starten.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="192"/>
        <source>moodapp then starts in the tray when you log in, so the reminder comes with the window closed (this needs a system tray).</source>
        <translation>moodapp startet dann bei der Anmeldung im Infobereich, sodass die Erinnerung auch bei geschlossenem Fenster kommt (dafür braucht es einen Infobereich).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="195"/>
        <source>About starting at login</source>
        <translation>Zum Start bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="200"/>
        <source>Reminders come from this computer; nothing is sent anywhere.</source>
        <translation>Erinnerungen kommen von diesem Computer; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="109"/>
        <source>Auto-lock minutes</source>
        <translation>Minuten bis zum automatischen Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="110"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setting_rows.py" line="111"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="166"/>
        <source>Lock the window after this long without use:</source>
        <translation>Fenster nach dieser Zeit ohne Nutzung sperren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="212"/>
        <source>Locking needs a passphrase: encrypt the journal from the Journal menu first.</source>
        <translation>Zum Sperren braucht es eine Passphrase: Verschlüssle das Tagebuch zuerst über das Menü „Tagebuch“.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="214"/>
        <source>Ctrl+L locks the window at once.</source>
        <translation>Strg+L sperrt das Fenster sofort.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="221"/>
        <source>Delete all my data...</source>
        <translation>Alle meine Daten löschen...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="221"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/shell/startup.py" line="53"/>
        <source>That passphrase does not open the journal. Please try again.</source>
        <translation>Mit dieser Passphrase lässt sich das Tagebuch nicht öffnen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="59"/>
        <location filename="../../ui/shell/startup.py" line="67"/>
        <source>moodapp cannot open your journal</source>
        <translation>moodapp kann dein Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="80"/>
        <source>Your journal opens for reading only</source>
        <translation>Dein Tagebuch öffnet sich nur zum Lesen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="81"/>
        <source>moodapp shows your journal, but cannot save changes to it: %1. To write in it again, allow writing to it, then open moodapp again.</source>
        <translation>moodapp zeigt dein Tagebuch, kann aber keine Änderungen speichern: %1. Um wieder darin zu schreiben, erlaube das Schreiben und öffne moodapp dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="122"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="125"/>
        <source>A new journal is ready</source>
        <translation>Ein neues Tagebuch ist bereit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="107"/>
        <source>Choose a journal file</source>
        <translation>Tagebuchdatei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="127"/>
        <source>A copy is in place</source>
        <translation>Eine lesbare Kopie ist eingesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="132"/>
        <source>The unreadable journal was kept as %1.</source>
        <translation>Das unlesbare Tagebuch wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup.py" line="25"/>
        <source>The journal file is not a plain journal, so it was taken to be encrypted. If you never set a passphrase, it is damaged or is not a moodapp journal.</source>
        <translation>Die Tagebuchdatei ist kein unverschlüsseltes Tagebuch, deshalb wurde angenommen, dass sie verschlüsselt ist. Wenn du nie eine Passphrase festgelegt hast, ist sie beschädigt oder kein moodapp-Tagebuch.</translation>
    </message>
</context>
<context>
    <name>TimingChart</name>
    <message>
        <location filename="../../ui/charts/plots/timing_chart.py" line="27"/>
        <source>cried %1</source>
        <translation>%1 geweint</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/timing_chart.py" line="33"/>
        <source>No crying episodes in this period.</source>
        <translation>In diesem Zeitraum ist kein Weinen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/timing_chart.py" line="43"/>
        <source>hour of the day</source>
        <translation>Stunde des Tages</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/timing_chart.py" line="44"/>
        <source>crying episodes</source>
        <translation>Mal geweint</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/timing_chart.py" line="45"/>
        <source>day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plots/timing_chart.py" line="81"/>
        <source>Crying happened most often between %1:00 and %2:00.</source>
        <translation>Am häufigsten hast du zwischen %1:00 und %2:00 Uhr geweint.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/shell/reminder.py" line="90"/>
        <source>Open moodapp</source>
        <translation>moodapp öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="91"/>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="93"/>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="96"/>
        <source>Quit moodapp</source>
        <translation>moodapp beenden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/reminder.py" line="108"/>
        <source>How are you today? A short check-in takes a minute.</source>
        <translation>Wie geht es dir heute? Ein kurzer Check-in dauert eine Minute.</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../../ui/insights/trend_bars.py" line="27"/>
        <source>Crying per week, the last %1 weeks</source>
        <translation>Weinen pro Woche, die letzten %1 Wochen</translation>
    </message>
</context>
<context>
    <name>Trigger</name>
    <message>
        <location filename="../../domain/catalogue.py" line="76"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="77"/>
        <source>Loss or separation</source>
        <translation>Verlust oder Trennung</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="78"/>
        <source>Loneliness</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="79"/>
        <source>Powerlessness</source>
        <translation>Ohnmacht</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="80"/>
        <source>Overload or stress</source>
        <translation>Überlastung oder Stress</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="81"/>
        <source>Feeling inadequate</source>
        <translation>Sich unzulänglich fühlen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="82"/>
        <source>Someone else&apos;s suffering</source>
        <translation>Leid anderer Menschen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="83"/>
        <source>Physical pain</source>
        <translation>Körperliche Schmerzen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="84"/>
        <source>Something moving or beautiful</source>
        <translation>Etwas Berührendes oder Schönes</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="85"/>
        <source>Achievement or joy</source>
        <translation>Erfolg oder Freude</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="86"/>
        <source>Film, music or book</source>
        <translation>Film, Musik oder Buch</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="87"/>
        <source>No clear reason</source>
        <translation>Kein klarer Grund</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../ui/shell/undo_offer.py" line="35"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_offer.py" line="35"/>
        <source>Undo the change just made</source>
        <translation>Die eben gemachte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_offer.py" line="79"/>
        <source>Undone: %1. %2 does it again.</source>
        <translation>Rückgängig gemacht: %1. %2 stellt es wieder her.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_offer.py" line="84"/>
        <source>Done again: %1. %2 undoes it.</source>
        <translation>Wiederhergestellt: %1. %2 macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../services/catalogue.py" line="32"/>
        <source>A name needs a letter or digit and no spaces at either end.</source>
        <translation>Ein Name braucht einen Buchstaben oder eine Ziffer und keine Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="35"/>
        <source>A name can be at most {limit} characters long.</source>
        <translation>Ein Name darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="36"/>
        <source>“{label}” is already in the list.</source>
        <translation>„{label}“ ist schon in der Liste.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="37"/>
        <source>A colour looks like #3b6fb6.</source>
        <translation>Eine Farbe sieht so aus: #3b6fb6.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="38"/>
        <source>There is nothing called “{key}” to change.</source>
        <translation>Es gibt nichts namens „{key}“, das sich ändern ließe.</translation>
    </message>
    <message>
        <location filename="../../domain/storable.py" line="36"/>
        <source>The time needs a UTC offset.</source>
        <translation>Die Uhrzeit braucht einen Abstand zu UTC.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="31"/>
        <source>The time is in the future.</source>
        <translation>Die Uhrzeit liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../domain/storable.py" line="38"/>
        <source>Times must be from the year 1900 to the year 9998.</source>
        <translation>Zeiten müssen zwischen dem Jahr 1900 und dem Jahr 9998 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/storable.py" line="41"/>
        <source>Dates must be from the year 1900 to the year 9998.</source>
        <translation>Daten müssen zwischen dem Jahr 1900 und dem Jahr 9998 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/storable.py" line="44"/>
        <source>The UTC offset must be whole minutes, like +05:30, not {offset}.</source>
        <translation>Der Abstand zu UTC muss in ganzen Minuten angegeben sein, etwa +05:30, nicht {offset}.</translation>
    </message>
    <message>
        <location filename="../../domain/storable.py" line="47"/>
        <source>{label} holds a character that is not text (U+{code:04X}); it may come from a damaged file or a wrong encoding.</source>
        <translation>{label} enthält ein Zeichen, das kein Text ist (U+{code:04X}); es stammt vielleicht aus einer beschädigten Datei oder einer falschen Kodierung.</translation>
    </message>
    <message>
        <location filename="../../domain/storable.py" line="52"/>
        <source>“{value}” is not a valid id, like 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b.</source>
        <translation>„{value}“ ist keine gültige Kennung wie 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="32"/>
        <source>The note is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>Die Notiz ist {length} Zeichen lang; höchstens {limit} sind möglich.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="35"/>
        <source>“What helped” is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>„Was geholfen hat“ ist {length} Zeichen lang; höchstens {limit} sind möglich.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="38"/>
        <source>The weekly note is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>Die Wochennotiz ist {length} Zeichen lang; höchstens {limit} sind möglich.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="41"/>
        <source>Unknown emotion “{key}”.</source>
        <translation>Unbekanntes Gefühl „{key}“.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="42"/>
        <source>Unknown trigger “{key}”.</source>
        <translation>Unbekannter Auslöser „{key}“.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="43"/>
        <source>The intensity of “{key}” must be from 0 to 4.</source>
        <translation>Die Stärke von „{key}“ muss zwischen 0 und 4 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/tag_rules.py" line="16"/>
        <source>A tag cannot be empty or start or end with a space.</source>
        <translation>Ein Schlagwort darf nicht leer sein und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../../domain/tag_rules.py" line="17"/>
        <source>The tag “{tag}” must be one line of at most {limit} characters without commas.</source>
        <translation>Das Schlagwort „{tag}“ muss eine Zeile mit höchstens {limit} Zeichen und ohne Kommas sein.</translation>
    </message>
    <message>
        <location filename="../../domain/tag_rules.py" line="21"/>
        <source>At most {limit} tags fit on one entry.</source>
        <translation>Ein Eintrag kann höchstens {limit} Schlagwörter haben.</translation>
    </message>
    <message>
        <location filename="../../domain/tag_rules.py" line="22"/>
        <source>The same tag is there twice (tags ignore upper and lower case).</source>
        <translation>Dasselbe Schlagwort steht zweimal da (bei Schlagwörtern zählt Groß- und Kleinschreibung nicht).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="46"/>
        <source>Intensity must be from 1 ({lowest}) to 5 ({highest}).</source>
        <translation>Die Stärke muss zwischen 1 ({lowest}) und 5 ({highest}) liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="49"/>
        <source>Duration must be from 0 to 1,440 minutes (24 hours).</source>
        <translation>Die Dauer muss zwischen 0 und 1.440 Minuten (24 Stunden) liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="52"/>
        <source>Mood right after must be from 0 to 10.</source>
        <translation>Die Stimmung direkt danach muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="53"/>
        <source>Mood later must be from 0 to 10.</source>
        <translation>Die Stimmung später muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="54"/>
        <source>Mood must be from -3 to +3.</source>
        <translation>Die Stimmung muss zwischen -3 und +3 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="55"/>
        <source>Energy must be from -3 to +3.</source>
        <translation>Die Energie muss zwischen -3 und +3 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="56"/>
        <source>Urge to cry must be from 0 to 4.</source>
        <translation>Der Drang zu weinen muss zwischen 0 und 4 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="57"/>
        <source>“Feelings made daily life hard” must be from 0 to 3.</source>
        <translation>„Gefühle haben den Alltag erschwert“ muss zwischen 0 und 3 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="60"/>
        <source>Sleep must be from 0 to 24 hours.</source>
        <translation>Der Schlaf muss zwischen 0 und 24 Stunden liegen.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/shell/welcome.py" line="50"/>
        <location filename="../../ui/shell/welcome.py" line="54"/>
        <source>Welcome to moodapp</source>
        <translation>Willkommen bei moodapp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="56"/>
        <source>moodapp is a private journal of your moods and of crying: when you cried, what came with it, and whether it helped. Over weeks it shows you what your own entries say, without judging.

Everything stays on this computer. Nothing is sent anywhere, and there is no account.</source>
        <translation>moodapp ist ein privates Tagebuch deiner Stimmungen und deines Weinens: wann du geweint hast, was dazugehörte und ob es geholfen hat. Mit den Wochen zeigt es dir, was deine eigenen Einträge sagen, ohne zu urteilen.

Alles bleibt auf diesem Computer. Nichts wird irgendwohin gesendet, und es gibt kein Konto.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="65"/>
        <source>Set a passphrase...</source>
        <translation>Eine Passphrase festlegen...</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="65"/>
        <source>Set a passphrase</source>
        <translation>Eine Passphrase festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="69"/>
        <source>A passphrase, if you want one</source>
        <translation>Eine Passphrase, wenn du eine möchtest</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="71"/>
        <source>With a passphrase, your journal and its backups are encrypted: nobody who opens the files can read them. moodapp then asks for it at each start. If you forget it, nobody can open the journal, so keep it somewhere safe. You can also set one later, in the Journal menu.</source>
        <translation>Mit einer Passphrase werden dein Tagebuch und seine Sicherungen verschlüsselt: Niemand, der die Dateien öffnet, kann sie lesen. moodapp fragt dann bei jedem Start danach. Wenn du sie vergisst, kann niemand das Tagebuch öffnen, also bewahre sie an einem sicheren Ort auf. Du kannst auch später eine festlegen, im Menü Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="80"/>
        <location filename="../../ui/shell/welcome.py" line="81"/>
        <source>Remind me to check in every day</source>
        <translation>Mich jeden Tag an den Check-in erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="84"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="90"/>
        <source>A daily reminder, if you want one</source>
        <translation>Eine tägliche Erinnerung, wenn du eine möchtest</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="92"/>
        <source>A short check-in each day makes the picture clearer over time. moodapp can remind you at a time that suits you; you can change it in Settings.</source>
        <translation>Ein kurzer Check-in jeden Tag macht das Bild mit der Zeit klarer. moodapp kann dich zu einer Uhrzeit erinnern, die dir passt; in den Einstellungen kannst du sie ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="98"/>
        <source>Your first check-in</source>
        <translation>Dein erster Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="100"/>
        <source>A check-in takes about a minute: how you feel, your energy, and whether you cried today. You can log crying any time with Entry &gt; Log crying episode.</source>
        <translation>Ein Check-in dauert etwa eine Minute: wie du dich fühlst, deine Energie und ob du heute geweint hast. Weinen kannst du jederzeit unter Eintrag &gt; Weinen eintragen festhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="105"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="106"/>
        <source>Skip the welcome</source>
        <translation>Begrüßung überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="106"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="107"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="108"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="109"/>
        <source>Check in now</source>
        <translation>Jetzt einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="159"/>
        <source>Your journal is encrypted.</source>
        <translation>Dein Tagebuch ist verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../ui/common/form_parts.py" line="106"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_parts.py" line="106"/>
        <source>Set %s to now</source>
        <translation>%s auf jetzt setzen</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../write_failure.py" line="18"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../write_failure.py" line="19"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../write_failure.py" line="20"/>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../write_failure.py" line="21"/>
        <source>{what}: {why}. {kept}</source>
        <translation>{what}: {why}. {kept}</translation>
    </message>
    <message>
        <location filename="../../write_failure.py" line="22"/>
        <source>{what}: {why}. Free some space, then try again. {kept}</source>
        <translation>{what}: {why}. Schaffe etwas Platz und versuche es dann noch einmal. {kept}</translation>
    </message>
    <message>
        <location filename="../../write_failure.py" line="25"/>
        <source>SQLite says: {said}</source>
        <translation>SQLite meldet: {said}</translation>
    </message>
    <message>
        <location filename="../../write_failure.py" line="26"/>
        <source>the system says: {said}</source>
        <translation>das System meldet: {said}</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../services/writes.py" line="30"/>
        <source>The journal is open for reading only ({why}), so nothing was changed.</source>
        <translation>Das Tagebuch ist nur zum Lesen geöffnet ({why}), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../services/writes.py" line="34"/>
        <source>its file allows no writing</source>
        <translation>seine Datei erlaubt kein Schreiben</translation>
    </message>
    <message>
        <location filename="../../services/writes.py" line="35"/>
        <source>its folder allows no writing</source>
        <translation>sein Ordner erlaubt kein Schreiben</translation>
    </message>
    <message>
        <location filename="../../services/writes.py" line="37"/>
        <source>The journal could not be written: {why}. Nothing was saved.</source>
        <translation>Das Tagebuch konnte nicht geschrieben werden: {why}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../services/writes.py" line="40"/>
        <source>the disk is full; free some space and save again</source>
        <translation>der Datenträger ist voll; schaffe etwas Platz und speichere noch einmal</translation>
    </message>
    <message>
        <location filename="../../services/writes.py" line="41"/>
        <source>the journal&apos;s folder cannot be written to</source>
        <translation>in den Ordner des Tagebuchs kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../services/writes.py" line="42"/>
        <source>another program kept it busy for over {seconds} seconds; try again when it has finished</source>
        <translation>ein anderes Programm hat es länger als {seconds} Sekunden belegt; versuche es noch einmal, wenn es fertig ist</translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <location filename="../../ui/calendar/year_grid.py" line="123"/>
        <source>Arrows move between days; Enter opens a day in the month.</source>
        <translation>Die Pfeiltasten wechseln zwischen Tagen; die Eingabetaste öffnet einen Tag in der Monatsansicht.</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="43"/>
        <location filename="../../ui/catalogue/name_dialogs.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="44"/>
        <source>Spaces at the start and the end are left out.</source>
        <translation>Leerzeichen am Anfang und am Ende werden weggelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>_NewItemDialog</name>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="93"/>
        <source>Usually feels</source>
        <translation>Fühlt sich meist an</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="101"/>
        <source>Whether it usually feels pleasant, unpleasant, mixed or neutral.</source>
        <translation>Ob es sich meist angenehm, unangenehm, gemischt oder neutral anfühlt.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="104"/>
        <source>Usually &amp;feels:</source>
        <translation>Fühlt sich &amp;meist an:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="109"/>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="109"/>
        <location filename="../../ui/catalogue/name_dialogs.py" line="131"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="110"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/name_dialogs.py" line="90"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>_ReflectionBox</name>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="237"/>
        <source>Your week</source>
        <translation>Deine Woche</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="248"/>
        <location filename="../../ui/insights/insights_view.py" line="251"/>
        <source>What I noticed</source>
        <translation>Was mir aufgefallen ist</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="284"/>
        <source>Also kept for the week ending %1:
%2</source>
        <translation>Auch aufbewahrt für die Woche bis %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="292"/>
        <source>What did you notice this week?</source>
        <translation>Was ist dir diese Woche aufgefallen?</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="252"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="238"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="240"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="252"/>
        <source>Save what I noticed</source>
        <translation>Speichern, was mir aufgefallen ist</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="261"/>
        <source>What I noticed:</source>
        <translation>Was mir aufgefallen ist:</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="294"/>
        <source>What did you notice in that week?</source>
        <translation>Was ist dir in dieser Woche aufgefallen?</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="329"/>
        <source>Saved what you noticed.</source>
        <translation>Gespeichert, was dir aufgefallen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="331"/>
        <source>The note is empty, so nothing is kept for that week.</source>
        <translation>Die Notiz ist leer, deshalb wird für diese Woche nichts aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insights_view.py" line="336"/>
        <source>What you typed is still here.</source>
        <translation>Was du getippt hast, ist noch da.</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="65"/>
        <source>Up and Down choose; F2 renames; Ctrl+Up and Ctrl+Down move the chosen one.</source>
        <translation>Pfeil hoch und Pfeil runter wählen aus, F2 benennt um, Strg+Pfeil hoch und Strg+Pfeil runter verschieben die Auswahl.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="70"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="71"/>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="72"/>
        <source>Colour...</source>
        <translation>Farbe...</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="73"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="74"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="75"/>
        <location filename="../../ui/catalogue/catalogue_section.py" line="168"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="125"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="131"/>
        <source>Usually feels %1</source>
        <translation>Fühlt sich meist %1 an</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_section.py" line="168"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
</TS>
