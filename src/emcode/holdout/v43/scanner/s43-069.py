import subprocess


def mail_report(recipient, report_path):
    subprocess.check_call(f"mail -s 'Weekly safety report' {recipient} < {report_path}", shell=True)
