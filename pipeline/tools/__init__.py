"""User tools around the stages: they import stages and the runner, never the other way.

``diff`` (record-level report of two extractions), ``review`` (static HTML
pages), ``tables`` (CSV tables), ``add`` (bring a statement into raw/),
``evaluate`` and ``gate`` (scores and quality floors), ``unknown_orgs``
(organizations the registry lacks), ``bench`` (throughput and memory).
"""
