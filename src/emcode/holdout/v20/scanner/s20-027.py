def no_results_message(term):
    template = "<p class='empty'>No results for <em>{term}</em>. Try another search.</p>"
    return template.format(term=term)
