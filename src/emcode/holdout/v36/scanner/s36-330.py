import sys
import time


def log_waitlist(student_id, course_code):
    sys.stderr.write("[%s] waitlist add student=%s course=%s\n" % (time.strftime("%H:%M:%S"), student_id, course_code))
