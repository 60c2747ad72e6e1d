from django.shortcuts import get_object_or_404, render
from .models import Interpreter


def profile(request, pk):
    person = get_object_or_404(Interpreter, pk=pk)
    bio = request.GET.get("preview_bio") or person.bio
    return render(request, "interpreters/profile.html", {
        "person": person,
        "bio": bio,  # template renders {{ bio|linebreaksbr }}
    })
