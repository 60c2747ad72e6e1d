"""Report: figures, the one-screen summary and (later) HTML/PDF (never imports torch)."""
