"""Charts drawn with pyqtgraph: the only package that imports pyqtgraph (and numpy).

It is imported when the Charts view first opens or a chart is exported, never at
start-up.
"""
