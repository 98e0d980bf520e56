# Broken fixture projects are inputs for tests/test_harness.py, not pages of this site.
collect_ignore = ["fixtures"]
