def log_request(method, path, status):
    print("[access] " + method + " " + path + " -> " + str(status))
