"""Organizations stage: the ``org_tagger`` component and ``link_document``.

See ``tagger`` for the stages the component runs and the modules that hold them.
"""
from .tagger import OrgTagger, link_document, make_org_tagger

__all__ = ["OrgTagger", "make_org_tagger", "link_document"]
