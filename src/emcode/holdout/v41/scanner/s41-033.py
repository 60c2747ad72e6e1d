import subprocess


def print_slip(printer, member_name, title):
    text = f"{member_name} - {title}\n"
    subprocess.run(["lpr", "-P", printer], input=text.encode(), check=True)
