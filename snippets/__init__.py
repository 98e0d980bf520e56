"""Every code example on the site, one whole program per concept.

Run one with ``python -m snippets.<chapter>.<concept>``; pages include them with
pymdownx.snippets, and ``make outputs`` rewrites the ``#>`` lines that show what they print.
"""
