"""The run machinery: load the spaCy pipeline (``nlp``), tag one statement
(``tag``), run the stages over a folder with the cache (``run``), and the
cache key (``fingerprint``). Stages never import it; tools and ``cli`` do.
"""
