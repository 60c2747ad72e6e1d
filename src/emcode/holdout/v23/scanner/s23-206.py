import subprocess


def run_report(tool, *args):
    cmd = " ".join([tool] + list(args))
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return out.decode()
