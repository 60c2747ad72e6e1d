"""Report: figures, ``index.html``, ``metrics_report.pdf`` and the one-screen summary (never imports torch)."""
