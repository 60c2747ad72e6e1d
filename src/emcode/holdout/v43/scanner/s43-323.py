import shlex
import subprocess


def mail_report(recipient, report_path):
    cmd = "mail -s 'Weekly safety report' {} < {}".format(shlex.quote(recipient), shlex.quote(report_path))
    subprocess.check_call(cmd, shell=True)
