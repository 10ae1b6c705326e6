"""The command line: ``moodapp COMMAND``, headless (``moodapp`` alone opens the window).

parser.py is the one parser; dispatch.py the one table of commands, each run from its
own module, loaded only for that command. Nothing is imported here, so that loading
one part loads nothing else; Qt is loaded only by `chart` and `report` (to draw) and by
the commands that replace the journal's file (Qt's lock file, as the window's).

Exit status: 0 done, 1 the journal could not be opened, 2 bad input (with a message
naming the option, or the file and line of an import), 3 the journal or an exported
file could not be written, 130 cancelled with Ctrl+C (errors.py).
"""
