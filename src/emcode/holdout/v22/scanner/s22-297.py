import smtplib
from email.message import EmailMessage
from pathlib import Path

from django.conf import settings
from django.contrib import admin

from .models import Customer

WELCOME = Path(settings.BASE_DIR) / "templates" / "welcome.txt"


@admin.action(description="Send welcome pack")
def send_welcome(modeladmin, request, queryset):
    body = WELCOME.read_text()
    with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        for customer in queryset:
            msg = EmailMessage()
            msg["From"] = settings.DEFAULT_FROM_EMAIL
            msg["To"] = customer.email
            msg["Subject"] = "Welcome"
            msg.set_content(body)
            smtp.send_message(msg)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    actions = [send_welcome]
