//! A tmux window as a person's terminal: start a command in a detached session of a given
//! size, type into it, and read the screen back with capture-pane. The session is killed
//! when the value is dropped, whatever the test's outcome.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The longest a screen is waited for: enough for a shell to start on a busy machine.
const PATIENCE: Duration = Duration::from_secs(10);

/// One detached tmux session running one command.
pub struct Window {
    session: String,
}

impl Window {
    /// `command` (a shell command line) in a new window of `columns` x `rows`.
    pub fn start(command: &str, columns: u16, rows: u16) -> Window {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let session = format!(
            "sockref-test-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        let (x, y) = (columns.to_string(), rows.to_string());
        let started = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x", &x, "-y", &y])
            .arg(command)
            .status()
            .expect("start tmux");
        assert!(started.success(), "tmux new-session failed");
        Window { session }
    }

    /// What the window shows now.
    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen once it has something on it and has stopped changing.
    pub fn settled(&self) -> String {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let now = self.screen();
            if (!now.trim().is_empty() && now == last) || start.elapsed() > PATIENCE {
                return now;
            }
            last = now;
        }
    }

    /// The screen once it shows `text` (capture-pane drops the spaces that end a line), or
    /// as it is when patience runs out.
    pub fn showing(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let now = self.screen();
            if now.contains(text) || start.elapsed() > PATIENCE {
                return now;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types `keys` as tmux send-keys names them: literal text, or `Tab`, `Enter`, `C-u`.
    pub fn keys(&self, keys: &[&str]) {
        let sent = Command::new("tmux")
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .expect("tmux send-keys");
        assert!(sent.success(), "tmux send-keys {keys:?} failed");
    }
}

impl Drop for Window {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .status();
    }
}
