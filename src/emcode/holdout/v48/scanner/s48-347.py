from django.shortcuts import render


def driver_note(request):
    note = request.POST.get("note", "")[:500]
    return render(request, "dispatch/note.html", {"note": note})
