from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Inspection


def inspection_detail(request, pk):
    inspection = get_object_or_404(Inspection, pk=pk)
    highlight = request.GET.get("highlight", "")
    notes = inspection.notes
    if highlight:
        notes = notes.replace(highlight, f"<mark>{highlight}</mark>")
    return render(request, "inspections/detail.html", {
        "inspection": inspection,
        "notes_html": mark_safe(notes),
    })
