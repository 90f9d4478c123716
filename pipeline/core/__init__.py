"""What every stage shares and nothing in it depends on a stage: settings
(``config``), errors (``errors``), reading raw statements and writing outputs
(``textio``), and the custom spaCy ``Doc``/``Span`` extensions (``extensions``).
"""
