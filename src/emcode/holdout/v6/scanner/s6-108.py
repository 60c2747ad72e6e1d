import sys

def log_user_agent(ua):
    sys.stderr.write("UA: " + ua + "\n")
