from django.shortcuts import get_object_or_404, render

from .models import Member


def member_card(request, card_no):
    member = get_object_or_404(Member, card_number=card_no)
    note = request.GET.get("note", "")
    return render(request, "members/card.html", {"member": member, "note": note})
