from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from .models import Attendee


def attendee_list(request, event_id):
    people = Attendee.objects.filter(event_id=event_id).values_list("name", "company")
    items = format_html_join("\n", "<li>{} ({})</li>", people)
    heading = format_html("<h2>Attendees for event {}</h2>", event_id)
    return HttpResponse(heading + format_html("<ul>{}</ul>", items))
