def send_tracking_response(sock, campaign_ref, body):
    headers = {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Campaign-Ref": campaign_ref,
        "Content-Length": str(len(body)),
    }
    head = "HTTP/1.1 200 OK\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    sock.sendall(head.encode() + body)
