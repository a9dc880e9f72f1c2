//! Exit statuses, grep's convention (DESIGN.md section 4).

/// How the program ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Answered, or the verification passed.
    Success,
    /// The platform answered "no": name not found, service unknown, verification failed.
    No,
    /// Bad input, a usage error, or a system error the user must fix.
    Trouble,
    /// Stopped by Ctrl-C (SIGINT): 128 + 2, the shell's convention for a signal.
    Interrupted,
}

impl ExitStatus {
    /// The number the process exits with.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::No => 1,
            ExitStatus::Trouble => 2,
            ExitStatus::Interrupted => 130,
        }
    }

    /// The worse of two statuses: a batch ends with the worst of its parts.
    pub fn worst(self, other: ExitStatus) -> ExitStatus {
        if other.code() > self.code() {
            other
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_grep() {
        assert_eq!(ExitStatus::Success.code(), 0);
        assert_eq!(ExitStatus::No.code(), 1);
        assert_eq!(ExitStatus::Trouble.code(), 2);
        assert_eq!(ExitStatus::Interrupted.code(), 130);
    }

    #[test]
    fn worst_wins() {
        assert_eq!(ExitStatus::Success.worst(ExitStatus::No), ExitStatus::No);
        assert_eq!(
            ExitStatus::Trouble.worst(ExitStatus::No),
            ExitStatus::Trouble
        );
        assert_eq!(
            ExitStatus::Success.worst(ExitStatus::Success),
            ExitStatus::Success
        );
    }
}
