import re


def download_headers(report_name):
    cleaned = re.sub(r"[^A-Za-z0-9._-]", "_", report_name)[:80] or "report"
    return [
        ("Content-Type", "application/pdf"),
        ("Content-Disposition", 'attachment; filename="%s.pdf"' % cleaned),
    ]
