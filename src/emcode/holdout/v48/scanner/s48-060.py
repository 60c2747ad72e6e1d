from django.shortcuts import render
from django.utils.safestring import mark_safe


def driver_note(request):
    note = request.POST.get("note", "")
    banner = mark_safe(f"<div class='note'>{note}</div>")
    return render(request, "dispatch/note.html", {"banner": banner})
