"""The executable-docs harness: reads pages as readers see them, runs their code, checks
what the page shows against a fresh run, and rewrites shown outputs and figures on request."""
