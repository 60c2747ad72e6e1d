from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from admissions.models import Applicant


def applicant_profile(request, applicant_id):
    applicant = get_object_or_404(Applicant, pk=applicant_id)
    highlight = escape(request.GET.get("highlight", ""))
    bio = escape(applicant.personal_statement)
    if highlight:
        bio = bio.replace(highlight, "<mark>" + highlight + "</mark>")
    return render(request, "admissions/profile.html", {
        "applicant": applicant,
        "statement": mark_safe(bio),
    })
