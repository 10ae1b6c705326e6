"""The journal's operations, in domain terms. The UI and the command line use only these."""
