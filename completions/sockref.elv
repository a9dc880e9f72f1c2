
set edit:completion:arg-completer[sockref] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) SOCKREF_COMPLETE="elvish" sockref -- $@words) | to-lines
}

