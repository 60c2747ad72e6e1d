import subprocess
import sys


def export_recipe(slug, fmt):
    if fmt not in ("pdf", "html", "docx"):
        raise SystemExit("format must be pdf, html or docx")
    subprocess.run(["pandoc", f"recipes/{slug}.md", "-o", f"exports/{slug}.{fmt}"], check=True)
    print(f"exported {slug} a