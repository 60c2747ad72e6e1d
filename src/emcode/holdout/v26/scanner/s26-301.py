from django.http import HttpResponse
from django.utils.html import format_html
from django.shortcuts import get_object_or_404

from .models import Volunteer


def volunteer_card(request, pk):
    vol = get_object_or_404(Volunteer, pk=pk)
    note = request.GET.get("note", "")
    body = format_html("<h2>{}</h2><blockquote>{}</blockquote>", vol.name, note)
    return HttpResponse(body)
