from django.shortcuts import render, get_object_or_404
from django.contrib.auth.decorators import login_required

from .models import Ticket


@login_required
def ticket_detail(request, ref):
    ticket = get_object_or_404(Ticket, ref=ref, owner=request.user)
    note = request.GET.get("note", "")
    return render(request, "tickets/detail.html", {"ticket": ticket, "note": note})
