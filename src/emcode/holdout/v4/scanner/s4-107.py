import subprocess


def make_archive(output_name, *paths):
    cmd = "tar czf %s %s" % (output_name, " ".join(paths))
    subprocess.check_call(cmd, shell=True)
