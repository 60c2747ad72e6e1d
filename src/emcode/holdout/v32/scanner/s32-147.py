import subprocess


def convert_to_pdf(docx_path, out_dir):
    cmd = f"libreoffice --headless --convert-to pdf --outdir {out_dir} {docx_path}"
    return subprocess.run(cmd, shell=True, check=True, capture_output=True)
