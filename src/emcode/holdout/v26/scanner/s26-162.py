from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.shortcuts import get_object_or_404

from .models import Volunteer


def volunteer_card(request, pk):
    vol = get_object_or_404(Volunteer, pk=pk)
    note = request.GET.get("note", "")
    body = mark_safe(f"<h2>{vol.name}</h2><blockquote>{note}</blockquote>")
    return HttpResponse(body)
