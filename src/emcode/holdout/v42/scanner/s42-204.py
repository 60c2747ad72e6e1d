from django.shortcuts import get_object_or_404, redirect

from tournaments.models import Tournament


def latest_bracket(request, slug):
    t = get_object_or_404(Tournament, slug=slug)
    stage = t.current_stage()
    response = redirect("tournaments:bracket", slug=t.slug, stage=stage.pk)
    response["Cache-Control"] = "no-store"
    return response
