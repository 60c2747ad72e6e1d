SMTP_USER = "alerts@waterworks.example"
SMTP_PASSWORD = "Reservoir#2024!"


def smtp_login(server):
    server.starttls()
    server.login(SMTP_USER, SMTP_PASSWORD)
    return server
