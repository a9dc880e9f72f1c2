complete --keep-order --exclusive --command sockref --arguments "(SOCKREF_COMPLETE=fish sockref -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
