import subprocess


def convert_timetable(xlsx_path, out_dir):
    cmd = f"libreoffice --headless --convert-to pdf --outdir {out_dir} {xlsx_path}"
    proc = subprocess.Popen(["bash", "-c", cmd])
    return proc.wait()
