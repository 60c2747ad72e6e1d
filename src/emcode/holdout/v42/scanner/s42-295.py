from django.shortcuts import get_object_or_404, render

from tournaments.models import Player


def player_profile(request, handle):
    player = get_object_or_404(Player, handle=handle)
    tagline = request.GET.get("tagline", player.tagline)
    return render(request, "tournaments/profile.html", {"player": player, "tagline": tagline})
