from django.contrib import admin
from django.utils.html import format_html

from .models import Ticket

COLORS = {"open": "green", "pending": "orange", "closed": "grey"}


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("id", "title", "status_badge")

    @admin.display(description="status")
    def status_badge(self, obj):
        color = COLORS.get(obj.status, "black")
        return format_html('<span style="color:{}">{}</span>', color, obj.status)
