from django import forms
from django.shortcuts import render


class FeedbackForm(forms.Form):
    name = forms.CharField(max_length=60)
    message = forms.CharField(widget=forms.Textarea, max_length=2000)


def feedback(request):
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return render(request, "thanks.html", {"name": form.cleaned_data["name"]})
    return render(request, "feedback.html", {"form": form})
