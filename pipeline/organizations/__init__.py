"""Organizations stage: the ``org_tagger`` component ``link_document`` and ``link_short_forms``.

See ``tagger`` for the stages the component runs and the modules that hold them.
"""
from .shortforms import link_short_forms
from .tagger import OrgTagger, link_document, make_org_tagger

__all__ = ["OrgTagger", "make_org_tagger", "link_document", "link_short_forms"]
