from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.template import engines

from .models import Bookmark


class BookmarkForm(forms.ModelForm):
    class Meta:
        model = Bookmark
        fields = ["title", "url"]


PAGE = engines["django"].from_string(
    "<form method='post'>{% csrf_token %}{{ form.as_p }}<button>Save</button></form>")


@login_required
def add_bookmark(request):
    form = BookmarkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        bm = form.save(commit=False)
        bm.owner = request.user
        bm.save()
        return redirect("bookmarks")
    return render(request, "base.html", {"content": PAGE.render({"form": form}, request)})
