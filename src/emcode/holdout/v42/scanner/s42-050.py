from urllib.parse import parse_qs
from wsgiref.simple_server import make_server


def ticket_pdf(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    ref = qs.get("ref", ["ticket"])[0]
    body = b"%PDF-1.4\n% placeholder\n"
    start_response("200 OK", [
        ("Content-Type", "application/pdf"),
        ("Content-Disposition", "inline; filename=" + ref + ".pdf"),
        ("Content-Length", str(len(body))),
    ])
    return [body]


if __name__ == "__main__":
    make_server("127.0.0.1", 8081, ticket_pdf).serve_forever()
