import subprocess


def convert_to_pdf(docx_path, out_dir):
    return subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", out_dir, "--", docx_path],
        check=True,
        capture_output=True,
    )
